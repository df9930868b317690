#pragma once

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "common/date.h"
#include "domain/dataset.h"

// The register of convenios as the report quotes it and the review checks
// it: a figure staff state from the old register (a baseline) plus the
// convenio records signed after its cut-off. One reading of the records for
// both, so the sentence the report prints and the review's finding about it
// never count differently.
namespace vincula::domain {

// The sector a convenio is counted under: its first counterpart's. Nothing
// when it names no counterpart on record.
std::optional<Sector> convenio_sector(const Dataset& data, const Convenio& convenio);

// The baseline the register starts from on `date`: the one with the latest
// `as_of` not after it. Null when none has been stated by then.
const ConvenioBaseline* baseline_on(const Dataset& data, const common::Date& date);

// Convenio records signed in a span of days, counted as of its last day.
struct RecordCount {
    long signed_count = 0;
    // Marked in force and with no validity ended before the span's last day;
    // every other signed record counts as concluded.
    long in_force = 0;
    std::map<Sector, long> by_sector;
    long without_sector = 0;  // no counterpart on record
    std::map<ConvenioType, long> by_type;
};

// The records signed from `from` (every earlier one when nothing) to `to`,
// both days included.
RecordCount count_signed(const Dataset& data, std::optional<common::Date> from,
                         const common::Date& to);

// What the register counts on a date.
struct RegistryFigures {
    const ConvenioBaseline* baseline = nullptr;
    long signed_count = 0;
    long in_force = 0;
    // Only when the baseline states its concluded instruments: without it
    // the old register's split is unknown.
    std::optional<long> concluded;
    // Only when the baseline states its breakdown by sector and every record
    // added has a sector, so the parts add up to `signed_count`: the stated
    // sectors in their order, then those only records bring, in enum order.
    std::vector<std::pair<Sector, long>> by_sector;
};

// The baseline in force on `date` plus the records signed after its
// `as_of` and by `date`; every record signed by `date` when there is none.
RegistryFigures registry_figures(const Dataset& data, const common::Date& date);

}  // namespace vincula::domain
