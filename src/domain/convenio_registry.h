#pragma once

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "common/date.h"
#include "domain/dataset.h"
#include "domain/signed_count.h"

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

// The records signed from `from` (every earlier one when nothing) to `to`,
// both days included: the store's count of the span when `data` holds one
// (a scope read counts them instead of reading them), else the records'.
RecordCount count_signed(const Dataset& data, std::optional<common::Date> from,
                         const common::Date& to);

// The spans of signing dates the register's figures and the review count on
// `date` (the end of a period): the baseline's own span and the days after
// it, or every day up to `date` when no baseline is in force.
std::vector<std::pair<std::optional<common::Date>, common::Date>> register_spans(
    const Dataset& data, const common::Date& date);

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
