#include "domain/convenio_registry.h"

#include <algorithm>
#include <unordered_map>

namespace vincula::domain {
namespace {

using common::Date;

std::unordered_map<std::string, Sector> sectors_by_key(const Dataset& data) {
    std::unordered_map<std::string, Sector> sectors;
    sectors.reserve(data.organizations.size());
    for (const auto& organization : data.organizations) {
        sectors.emplace(organization.key, organization.sector);
    }
    return sectors;
}

std::optional<Sector> sector_of(const std::unordered_map<std::string, Sector>& sectors,
                                const Convenio& convenio) {
    if (convenio.counterparts.empty()) {
        return std::nullopt;
    }
    auto found = sectors.find(convenio.counterparts.front());
    if (found == sectors.end()) {
        return std::nullopt;
    }
    return found->second;
}

}  // namespace

std::optional<Sector> convenio_sector(const Dataset& data, const Convenio& convenio) {
    return sector_of(sectors_by_key(data), convenio);
}

const ConvenioBaseline* baseline_on(const Dataset& data, const Date& date) {
    const ConvenioBaseline* baseline = nullptr;
    for (const auto& candidate : data.convenio_baselines) {
        if (candidate.as_of <= date && (!baseline || baseline->as_of < candidate.as_of)) {
            baseline = &candidate;
        }
    }
    return baseline;
}

void RecordCount::add(ConvenioType type, bool counted_in_force, std::optional<Sector> sector,
                      long records) {
    signed_count += records;
    if (counted_in_force) {
        in_force += records;
    }
    if (sector) {
        by_sector[*sector] += records;
    } else {
        without_sector += records;
    }
    by_type[type] += records;
}

RecordCount count_signed(const Dataset& data, std::optional<Date> from, const Date& to) {
    for (const auto& span : data.signed_spans) {
        if (span.from == from && span.to == to) {
            return span.count;
        }
    }
    auto sectors = sectors_by_key(data);
    RecordCount count;
    for (const auto& record : data.convenios) {
        if (!record.signed_on || *record.signed_on > to || (from && *record.signed_on < *from)) {
            continue;
        }
        bool ended = record.valid_to && *record.valid_to < to;
        count.add(record.type, record.status == ConvenioStatus::InForce && !ended,
                  sector_of(sectors, record), 1);
    }
    return count;
}

std::vector<std::pair<std::optional<Date>, Date>> register_spans(const Dataset& data,
                                                                 const Date& date) {
    const auto* baseline = baseline_on(data, date);
    if (baseline == nullptr) {
        return {{std::nullopt, date}};
    }
    // The review compares the baseline with its own span; the report adds
    // the days after it.
    return {{baseline->since, baseline->as_of}, {baseline->as_of.plus_days(1), date}};
}

RegistryFigures registry_figures(const Dataset& data, const Date& date) {
    RegistryFigures figures;
    const auto* baseline = baseline_on(data, date);
    figures.baseline = baseline;
    std::optional<Date> after;
    if (baseline) {
        after = baseline->as_of.plus_days(1);
    }
    auto added = count_signed(data, after, date);
    figures.signed_count = added.signed_count;
    figures.in_force = added.in_force;
    if (baseline == nullptr) {
        return figures;
    }
    figures.signed_count += baseline->signed_count;
    figures.in_force += baseline->in_force_count;
    if (baseline->concluded_count) {
        figures.concluded = *baseline->concluded_count + (added.signed_count - added.in_force);
    }
    if (baseline->by_sector.empty() || added.without_sector > 0) {
        return figures;
    }
    for (const auto& stated : baseline->by_sector) {
        auto records = added.by_sector.extract(stated.sector);
        figures.by_sector.emplace_back(stated.sector,
                                       stated.count + (records ? records.mapped() : 0));
    }
    for (const auto& [sector, count] : added.by_sector) {
        figures.by_sector.emplace_back(sector, count);
    }
    return figures;
}

}  // namespace vincula::domain
