#include "lang/dates.h"

#include <array>
#include <stdexcept>
#include <string_view>

#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::lang {
namespace {

// Indexed by std::chrono::weekday::c_encoding(), so Sunday comes first.
constexpr std::array<std::string_view, 7> kWeekdays = {"domingo", "lunes",   "martes", "miércoles",
                                                       "jueves",  "viernes", "sábado"};

constexpr std::array<std::string_view, 12> kMonths = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

// «jueves 21»: days carry no leading zero in Spanish prose.
std::string weekday_and_day(const common::Date& date) {
    return weekday_name(date.weekday()) + " " + std::to_string(date.day());
}

std::string of_year(const common::Date& date) {
    return " de " + std::to_string(date.year());
}

std::string of_month(const common::Date& date) {
    return " de " + month_name(date.month());
}

std::string month_and_year(const common::Date& date) {
    return month_name(date.month()) + of_year(date);
}

}  // namespace

std::string weekday_name(unsigned c_encoding) {
    if (c_encoding >= kWeekdays.size()) {
        throw std::out_of_range("weekday_name: c_encoding must be 0…6");
    }
    return std::string{kWeekdays[c_encoding]};
}

std::string month_name(unsigned month) {
    if (month < 1 || month > kMonths.size()) {
        throw std::out_of_range("month_name: month must be 1…12");
    }
    return std::string{kMonths[month - 1]};
}

std::string long_date(const common::Date& date, Capitalization capitalization) {
    std::string text = weekday_and_day(date) + of_month(date) + of_year(date);
    return capitalization == Capitalization::Sentence ? capitalize_first(text) : text;
}

std::string day_month_year(const common::Date& date) {
    return std::to_string(date.day()) + of_month(date) + of_year(date);
}

std::string long_date_range(const common::Date& from, const common::Date& to) {
    if (to < from) {
        throw std::invalid_argument("long_date_range: range ends before it starts");
    }
    if (from == to) {
        return long_date(from);
    }
    // Say the shared month and year once, at the end, as one would aloud.
    if (from.year() != to.year()) {
        return "del " + long_date(from) + " al " + long_date(to);
    }
    std::string start = weekday_and_day(from);
    if (from.month() != to.month()) {
        start += of_month(from);
    }
    return "del " + start + " al " + long_date(to);
}

std::string day_of_timestamp(const std::string& timestamp) {
    auto date = common::Date::parse_iso(timestamp.substr(0, 10));
    return date ? day_month_year(*date) : timestamp;
}

std::string local_moment_of_timestamp(const std::string& timestamp) {
    auto date = common::Date::parse_iso(timestamp.substr(0, 10));
    auto time = timestamp.size() >= 16 && timestamp[10] == 'T'
                    ? common::TimeOfDay::parse(timestamp.substr(11, 5))
                    : std::nullopt;
    if (!date || !time) {
        return timestamp;
    }
    using namespace std::chrono;
    auto instant = date->days() + hours{time->hour()} + minutes{time->minute()};
    auto local = common::mexico_city_time(instant);
    return day_month_year(local.date) + ", " + local.time.to_string();
}

std::string day_range(const common::Date& from, const common::Date& to) {
    if (to < from) {
        throw std::invalid_argument("day_range: range ends before it starts");
    }
    if (from == to) {
        return "del " + day_month_year(from);
    }
    if (from.year() != to.year()) {
        return "del " + day_month_year(from) + " al " + day_month_year(to);
    }
    std::string start = std::to_string(from.day());
    if (from.month() != to.month()) {
        start += of_month(from);
    }
    return "del " + start + " al " + day_month_year(to);
}

std::string period_span(const common::Date& from, const common::Date& to) {
    bool whole_months = from.day() == 1 && to.plus_days(1).day() == 1;
    return whole_months ? "de " + month_span(from, to) : day_range(from, to);
}

std::string month_span(const common::Date& from, const common::Date& to) {
    if (to < from) {
        throw std::invalid_argument("month_span: period ends before it starts");
    }
    if (from.year() != to.year()) {
        return month_and_year(from) + " a " + month_and_year(to);
    }
    if (from.month() != to.month()) {
        return month_name(from.month()) + " a " + month_and_year(to);
    }
    return month_and_year(from);
}

std::string time_in_words(const common::TimeOfDay& time) {
    int hour = time.hour();
    std::string words = std::string(hour == 1 ? "la " : "las ") + cardinal(hour, Gender::Feminine) +
                        (hour == 1 ? " hora" : " horas");
    int minute = time.minute();
    if (minute > 0) {
        words += " con " + cardinal(minute, Gender::Masculine, Position::BeforeNoun) +
                 (minute == 1 ? " minuto" : " minutos");
    }
    return words;
}

}  // namespace vincula::lang
