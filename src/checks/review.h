#pragma once

#include <string_view>

#include "checks/finding.h"
#include "common/result.h"
#include "domain/dataset.h"
#include "domain/period.h"

namespace vincula::checks {

// The commission whose key or acronym is `name`, compared accent- and
// case-insensitively («cvoe» finds CVOE); null if there is none.
const domain::Commission* find_commission(const domain::Dataset& data, std::string_view name);

// The error for a commission name that find_commission does not know, on
// `field`, listing the commissions there are: «no hay ninguna comisión
// «CEC»; las registradas son CVOE y CEO.»
common::FieldError unknown_commission(const domain::Dataset& data, std::string_view name,
                                      std::string field);

// The consistency review («revisión de consistencia») of one commission
// over one period: every rule of DOMAIN.md «Checks», restricted to the
// commission's records and to the period. Errors first, then avisos, each
// group in the order of the rules. Reads only; changes nothing.
Findings review(const domain::Dataset& data, const domain::Commission& commission,
                const domain::Period& period);

// The same, naming the commission by key or acronym; an unknown name is an
// error on the field "commission" that lists the commissions there are.
common::Result<Findings> review(const domain::Dataset& data, std::string_view commission,
                                const domain::Period& period);

}  // namespace vincula::checks
