#pragma once

#include "domain/dataset.h"

namespace vincula::domain {

// Writes each incoming agreement's code in the one form of its commission's
// series (CVOE/036/2021 and CVOE/36/21 become CVOE/036/21; OPLEV/CG1/2023
// becomes OPLEV/CG001/2023), and points every incoming reference to an
// agreement at the code of the same agreement as it is stored, however it
// was typed. The commission is the agreement's session's, or else the one
// commission whose series the code belongs to. A code no commission writes
// is left as it came, for the rules to judge.
void settle_agreement_codes(const Dataset& stored, Dataset& incoming);

}  // namespace vincula::domain
