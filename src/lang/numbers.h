#pragma once

#include <string>

#include "lang/gender.h"

namespace vincula::lang {

// Cardinal number words, 0 … 999 999, with gender and apocope:
// cardinal(1) «uno», cardinal(1, Masculine, BeforeNoun) «un»,
// cardinal(21, Feminine) «veintiuna», cardinal(21, Masculine, BeforeNoun) «veintiún»,
// cardinal(200, Feminine) «doscientas», cardinal(1000) «mil», cardinal(21000,
// Masculine, BeforeNoun) «veintiún mil», cardinal(999999) «novecientos noventa y
// nueve mil novecientos noventa y nueve». Out of range throws std::out_of_range.
std::string cardinal(long number, Gender gender = Gender::Masculine,
                     Position position = Position::Standalone);

// Which ordinal series the institute uses for 11 and 12 (per commission):
// Compound «décima primera», «décima segunda»; Traditional «undécima», «duodécima».
enum class OrdinalStyle { Compound, Traditional };

// Ordinal words 1 … 999 with gender, style and apocope:
// ordinal(1, Masculine, Compound, BeforeNoun) «primer», ordinal(3, Masculine, …,
// BeforeNoun) «tercer», ordinal(11, Feminine) «décima primera»,
// ordinal(11, Feminine, Traditional) «undécima», ordinal(21, Feminine)
// «vigésima primera», ordinal(4) «cuarto». Out of range throws std::out_of_range.
std::string ordinal(int number, Gender gender = Gender::Feminine,
                    OrdinalStyle style = OrdinalStyle::Compound,
                    Position position = Position::Standalone);

// Digits grouped by thousands as es-MX writes them: 12345 «12,345»,
// -1000000 «-1,000,000», 999 «999».
std::string grouped_digits(long long number);

}  // namespace vincula::lang
