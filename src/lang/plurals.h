#pragma once

#include <string>
#include <string_view>

namespace vincula::lang {

// The plural of a Spanish noun phrase by the rules of the language, never a
// list: each word up to the first preposition takes the plural, so a noun
// and its adjectives agree and a complement stays as it is:
//   «sesión» -> «sesiones», «sesión celebrada» -> «sesiones celebradas»,
//   «registro de contacto» -> «registros de contacto», «aviso» -> «avisos»,
//   «error» -> «errores», «vez» -> «veces», «examen» -> «exámenes»,
//   «país» -> «países», «inglés» -> «ingleses», «mes» -> «meses»,
//   «lunes» -> «lunes», «análisis» -> «análisis», «ley» -> «leyes».
// Acronyms in capitals («OPLE») and words with digits do not change.
std::string plural(std::string_view phrase);

// A count in digits and the phrase in the number it agrees with: only one
// takes the singular. counted(1, "sesión celebrada") «1 sesión celebrada»,
// counted(0, "error") «0 errores», counted(2, "aviso") «2 avisos».
std::string counted(long count, std::string_view singular);

// The phrase alone in the number a count asks for: «acuerdo» for 1,
// «acuerdos» otherwise (for sentences that write the count in words).
std::string in_number(long count, std::string_view singular);

}  // namespace vincula::lang
