#pragma once

// The register of convenios for the unit tests of the rules, the counting,
// the report's sentence and the review (header only: not part of the
// library).
#include <string>
#include <utility>

#include "domain/dataset.h"

namespace vincula::domain::testing {

inline Organization organization(std::string key, Sector sector) {
    Organization made;
    made.key = std::move(key);
    made.name = made.key;
    made.sector = sector;
    return made;
}

inline Convenio signed_with(std::string key, std::string counterpart, common::Date signed_on,
                            ConvenioStatus status = ConvenioStatus::InForce) {
    Convenio made;
    made.key = std::move(key);
    made.type = ConvenioType::Support;
    if (!counterpart.empty()) {
        made.counterparts = {std::move(counterpart)};
    }
    made.status = status;
    made.signed_on = signed_on;
    return made;
}

// The old register's figure at the end of 2023: «22 convenios: 18 con
// instituciones académicas, dos con organismos electorales y dos con
// alcaldías; 10 vigentes y 12 concluidos».
inline ConvenioBaseline stated_at_end_of_2023() {
    ConvenioBaseline baseline;
    baseline.key = "registro-2023";
    baseline.since = common::Date::from_ymd(2019, 1, 1);
    baseline.as_of = common::Date::from_ymd(2023, 12, 31);
    baseline.signed_count = 22;
    baseline.in_force_count = 10;
    baseline.concluded_count = 12;
    baseline.by_sector = {{Sector::Academic, 18}, {Sector::Electoral, 2}, {Sector::Borough, 2}};
    baseline.source = "registro de convenios de la unidad";
    return baseline;
}

// That figure with the counterparts its sectors name: a university, the
// electoral body and a borough.
inline Dataset register_at_end_of_2023() {
    Dataset data;
    data.organizations = {organization("unam", Sector::Academic),
                          organization("ine", Sector::Electoral),
                          organization("alc-xoch", Sector::Borough)};
    data.convenio_baselines.push_back(stated_at_end_of_2023());
    return data;
}

}  // namespace vincula::domain::testing
