#include "common/date.h"

#include <cstdio>

namespace vincula::common {
namespace {

bool all_digits(std::string_view text) {
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !text.empty();
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::optional<Date> Date::parse_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto year_text = text.substr(0, 4);
    auto month_text = text.substr(5, 2);
    auto day_text = text.substr(8, 2);
    if (!all_digits(year_text) || !all_digits(month_text) || !all_digits(day_text)) {
        return std::nullopt;
    }
    std::chrono::year_month_day ymd{std::chrono::year{to_int(year_text)},
                                    std::chrono::month{static_cast<unsigned>(to_int(month_text))},
                                    std::chrono::day{static_cast<unsigned>(to_int(day_text))}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return Date{ymd};
}

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    return Date{std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                            std::chrono::day{day}}};
}

Date Date::from_days(std::chrono::sys_days days) {
    return Date{std::chrono::year_month_day{days}};
}

unsigned Date::weekday() const {
    return std::chrono::weekday{days()}.c_encoding();
}

std::string Date::to_iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

Date Date::plus_days(int count) const {
    return from_days(days() + std::chrono::days{count});
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text) {
    if (text.size() != 5 || text[2] != ':' || !all_digits(text.substr(0, 2)) ||
        !all_digits(text.substr(3, 2))) {
        return std::nullopt;
    }
    int hour = to_int(text.substr(0, 2));
    int minute = to_int(text.substr(3, 2));
    if (hour > 23 || minute > 59) {
        return std::nullopt;
    }
    return TimeOfDay{hour, minute};
}

std::string TimeOfDay::to_string() const {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", m_hour, m_minute);
    return buffer;
}

TimeOfDay TimeOfDay::from_hm(int hour, int minute) {
    return TimeOfDay(hour, minute);
}

LocalMoment mexico_city_time(std::chrono::system_clock::time_point instant) {
    using namespace std::chrono;
    auto local = floor<minutes>(instant) - hours{6};
    auto day = floor<days>(local);
    auto minute_of_day = duration_cast<minutes>(local - day).count();
    return LocalMoment{Date::from_days(day),
                       TimeOfDay::from_hm(static_cast<int>(minute_of_day / 60),
                                          static_cast<int>(minute_of_day % 60))};
}

int age_on(const Date& birth, const Date& on) {
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) {
        --age;
    }
    return age;
}

}  // namespace vincula::common
