#pragma once

#include <string>

#include "lang/gender.h"

namespace vincula::report {

// A count with its noun as the report writes it: words below ten, digits
// from ten on (the institute's style: «seis correos», «11 correos», «una
// institución», «12 acuerdos»).
std::string quantity(long count, lang::Gender gender, const std::string& singular,
                     const std::string& plural);

// Just the number, by the same rule: «siete», «38».
std::string number_in_prose(long count, lang::Gender gender);

}  // namespace vincula::report
