#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

// What each array of the bundle is called in Spanish (es-MX): its title,
// one of its records, and whether that word is feminine (for the article).
// The one place user-facing words name the arrays; plurals are made by
// lang::plural, never typed.
namespace vincula::domain {

// «Sesiones» for "sessions"; empty for a name that is no array.
std::string_view array_title(std::string_view array);
// «sesión» for "sessions": one of its records; empty for no array.
std::string_view array_singular(std::string_view array);
// Whether array_singular() is feminine («la sesión», «el acuerdo»).
bool array_is_feminine(std::string_view array);
// «1 sesión», «3 puntos del orden del día»: a count of the array's records.
std::string counted_records(std::string_view array, long count);
// «7 acuerdos, 34 avances y 4 documentos»: the records of each array that
// hold another (as referrers() counts them), in one phrase.
std::string counted_holders(const std::map<std::string, std::size_t, std::less<>>& counts);

}  // namespace vincula::domain
