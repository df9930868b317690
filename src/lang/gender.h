#pragma once

namespace vincula::lang {

// Grammatical gender of the noun a word agrees with («la décima sesión»,
// «el cuarto informe», «una sesión», «veintiún acuerdos»).
enum class Gender { Masculine, Feminine };

// Whether a word stands before its noun (apocope: «primer informe»,
// «veintiún acuerdos») or alone («el primero», «veintiuno»).
enum class Position { BeforeNoun, Standalone };

}  // namespace vincula::lang
