#pragma once

#include <map>
#include <optional>

#include "common/date.h"
#include "domain/enums.h"

// How many convenio records were signed in a span of days, and how they
// split: what the register's figures and the review's comparison with a
// baseline need of those records, without the records themselves.
namespace vincula::domain {

// Convenio records signed in a span of days, counted as of its last day.
struct RecordCount {
    long signed_count = 0;
    // Marked in force and with no validity ended before the span's last day;
    // every other signed record counts as concluded.
    long in_force = 0;
    std::map<Sector, long> by_sector;
    long without_sector = 0;  // no counterpart on record
    std::map<ConvenioType, long> by_type;

    // Adds `records` signed records of one type, in force or not, whose
    // first counterpart is of `sector` (nothing: none on record).
    void add(ConvenioType type, bool counted_in_force, std::optional<Sector> sector, long records);
};

// The records signed from `from` (every earlier one when nothing) to `to`,
// both days included, as a store counted them.
struct SignedSpan {
    std::optional<common::Date> from;
    common::Date to;
    RecordCount count;
};

}  // namespace vincula::domain
