#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/date.h"
#include "common/result.h"

namespace vincula::domain {

// The span of days a report or a review covers: any range of dates, not
// only quarters (a year, a semester, the weeks since the last session).
class Period {
public:
    // Both ends included; `to` may not precede `from`.
    static common::Result<Period> create(const common::Date& from, const common::Date& to);
    // «2021-Q4» -> 2021-10-01 … 2021-12-31; `field` names the option in errors.
    static common::Result<Period> quarter(std::string_view text,
                                          const std::string& field = "quarter");
    // From ISO texts, as typed on a command line or a query string.
    static common::Result<Period> parse(std::string_view from, std::string_view to,
                                        const std::string& from_field = "from",
                                        const std::string& to_field = "to");

    const common::Date& from() const { return m_from; }
    const common::Date& to() const { return m_to; }
    bool contains(const common::Date& date) const { return m_from <= date && date <= m_to; }
    // True when [from, to] overlaps the other range (an open end is unbounded).
    bool overlaps(const common::Date& from, const std::optional<common::Date>& to) const;

    // 1 … 4 when the period is exactly a calendar quarter («cuarto informe
    // trimestral»), otherwise nothing.
    std::optional<int> quarter_number() const;

    bool operator==(const Period&) const = default;

private:
    Period(common::Date from, common::Date to) : m_from(from), m_to(to) {}
    common::Date m_from;
    common::Date m_to;
};

}  // namespace vincula::domain
