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

RecordCount count_signed(const Dataset& data, std::optional<Date> from, const Date& to) {
    auto sectors = sectors_by_key(data);
    RecordCount count;
    for (const auto& record : data.convenios) {
        if (!record.signed_on || *record.signed_on > to || (from && *record.signed_on < *from)) {
            continue;
        }
        ++count.signed_count;
        bool ended = record.valid_to && *record.valid_to < to;
        if (record.status == ConvenioStatus::InForce && !ended) {
            ++count.in_force;
        }
        if (auto sector = sector_of(sectors, record)) {
            ++count.by_sector[*sector];
        } else {
            ++count.without_sector;
        }
        ++count.by_type[record.type];
    }
    return count;
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
