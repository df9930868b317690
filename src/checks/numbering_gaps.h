#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "common/date.h"
#include "domain/period.h"

namespace vincula::checks {

// Something numbered within a year (an agreement, a session): its number,
// its date when known, and its index in the caller's list.
struct Numbered {
    int number = 0;
    std::optional<common::Date> date;
    std::size_t index = 0;
};

// Numbers missing between two numbered records, or before the first of the
// year. Because numbers follow dates, the missing ones happened between
// `earliest` and `latest`: the dates of their neighbours, or the year's
// first day when nothing precedes them.
struct NumberingGap {
    int first_missing = 0;
    int last_missing = 0;
    std::optional<std::size_t> before;  // caller's index; none: the year starts the gap
    std::size_t after = 0;              // caller's index
    common::Date earliest;
    common::Date latest;
};

// Gaps in the numbers of one year. Nothing is said after the last number on
// record: a later number may simply not exist yet.
std::vector<NumberingGap> numbering_gaps(std::vector<Numbered> records, int year);

// Where a gap falls with respect to a period. A bundle may hold a single
// quarter, so a gap is certain to be the period's only when all the dates
// the missing records can have lie inside it; when they only may, the data
// is probably partial and the review says so more softly.
enum class GapPlace { InsidePeriod, MayTouchPeriod, OutsidePeriod };
GapPlace place_of(const NumberingGap& gap, const domain::Period& period);

// Groups of caller indexes that share a number (each group has two or more).
std::vector<std::vector<std::size_t>> repeated_numbers(std::vector<Numbered> records);

}  // namespace vincula::checks
