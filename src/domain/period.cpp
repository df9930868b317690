#include "domain/period.h"

#include "common/messages.h"

namespace vincula::domain {
namespace {

common::Date quarter_start(int year, int quarter) {
    return common::Date::from_ymd(year, static_cast<unsigned>(quarter * 3 - 2), 1);
}

common::Date quarter_end(int year, int quarter) {
    auto next =
        quarter == 4 ? common::Date::from_ymd(year + 1, 1, 1) : quarter_start(year, quarter + 1);
    return next.plus_days(-1);
}

}  // namespace

common::Result<Period> Period::create(const common::Date& from, const common::Date& to) {
    if (to < from) {
        return common::field_error("to", "rango_fechas", {to.to_iso(), from.to_iso()});
    }
    return Period{from, to};
}

common::Result<Period> Period::quarter(std::string_view text, const std::string& field) {
    // YYYY-QN, the form ISO 8601 tools and spreadsheets use.
    bool shaped = text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'T') &&
                  text[6] >= '1' && text[6] <= '4';
    for (std::size_t i = 0; shaped && i < 4; ++i) {
        shaped = text[i] >= '0' && text[i] <= '9';
    }
    if (!shaped) {
        return common::field_error(field, "trimestre_valido", {text});
    }
    int year = std::stoi(std::string(text.substr(0, 4)));
    int quarter = text[6] - '0';
    return Period{quarter_start(year, quarter), quarter_end(year, quarter)};
}

common::Result<Period> Period::parse(std::string_view from, std::string_view to,
                                     const std::string& from_field, const std::string& to_field) {
    common::FieldErrors errors;
    auto start = common::Date::parse_iso(from);
    auto end = common::Date::parse_iso(to);
    if (!start) {
        errors.push_back(common::field_error(from_field, "fecha_valida", {from}));
    }
    if (!end) {
        errors.push_back(common::field_error(to_field, "fecha_valida", {to}));
    }
    if (!errors.empty()) {
        return errors;
    }
    if (*end < *start) {
        return common::field_error(to_field, "rango_fechas", {end->to_iso(), start->to_iso()});
    }
    return Period{*start, *end};
}

bool Period::overlaps(const common::Date& from, const std::optional<common::Date>& to) const {
    return from <= m_to && (!to || m_from <= *to);
}

std::optional<int> Period::quarter_number() const {
    if (m_from.year() != m_to.year() || m_from.day() != 1 || (m_from.month() - 1) % 3 != 0) {
        return std::nullopt;
    }
    int quarter = static_cast<int>(m_from.month() - 1) / 3 + 1;
    if (m_to != quarter_end(m_from.year(), quarter)) {
        return std::nullopt;
    }
    return quarter;
}

}  // namespace vincula::domain
