#pragma once

#include <string>

#include "common/date.h"
#include "domain/dataset.h"

namespace vincula::report {

// The register's figures on `date` in a sentence, computed from the stated
// baseline and the convenio records (domain/convenio_registry.h): «De 2019 al
// 31 de diciembre de 2021, el IECM ha suscrito un total de 103 instrumentos
// jurídicos, de los cuales 43 se encuentran vigentes.» When the baseline
// states them, how many concluded («…, de los cuales 731 han concluido y 122
// se encuentran vigentes.») and how they divide by sector («De ellos, 18 se
// suscribieron con instituciones académicas, dos con organismos electorales
// y tres con alcaldías.»). Empty when nothing is recorded: «0 instrumentos»
// would state a falsehood.
std::string registry_sentence(const domain::Dataset& data, const std::string& institution,
                              const common::Date& date);

}  // namespace vincula::report
