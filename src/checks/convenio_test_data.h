#pragma once

// Convenios for the unit tests of the convenio rules (header only).
#include "checks/test_dataset.h"

namespace vincula::checks::testing {

inline domain::Dataset with_convenio(domain::ConvenioStatus status,
                                     std::optional<common::Date> valid_to) {
    auto data = consistent_quarter();
    domain::Organization borough;
    borough.key = "alc-xoch";
    borough.name = "Alcaldía Xochimilco";
    borough.sector = domain::Sector::Borough;
    data.organizations.push_back(borough);
    domain::Convenio convenio;
    convenio.key = "c-xoch-1";
    convenio.type = domain::ConvenioType::Support;
    convenio.counterparts = {"alc-xoch"};
    convenio.status = status;
    convenio.valid_from = day(2020, 3, 2);
    convenio.valid_to = valid_to;
    data.convenios.push_back(convenio);
    domain::ConvenioProgress progress;
    progress.convenio = "c-xoch-1";
    progress.session = "o11";
    data.convenio_progress.push_back(progress);
    return data;
}

}  // namespace vincula::checks::testing
