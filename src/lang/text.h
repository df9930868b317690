#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vincula::lang {

// Joins with «, » and « y »: {"Décima", "Décima primera", "Décima segunda"} ->
// «Décima, Décima primera y Décima segunda». Before a word that starts with the
// sound /i/ (i-, hi- but not hie-/hia-/hio-/hiu-, í-, hí-) the conjunction is «e»:
// «Francia e Italia», «padres e hijos», but «agua y hielo». The check is case-
// and accent-insensitive, skips opening quotes and marks («e “Historia”»), and
// keeps «y» before a word spelt with «y» («x y y»).
std::string join_list(const std::vector<std::string>& items);

// UTF-8 aware first-letter capitalisation («élite» -> «Élite») and upper-casing
// in the es-MX locale («Comisión» -> «COMISIÓN»), through ICU. capitalize_first
// skips leading «¿», «¡» and quotes («¿qué?» -> «¿Qué?») and leaves a leading
// digit alone; the rest of the text is never lower-cased.
std::string capitalize_first(std::string_view text);
std::string to_upper(std::string_view text);
std::string to_lower(std::string_view text);

// A key for accent- and case-insensitive matching and duplicate detection:
// «Erika Estrada Ruíz» and «ERIKA ESTRADA RUIZ» give the same key. Uses ICU
// (never hand-folded); collapses runs of white space and trims. «ñ» and «ü»
// fold to «n» and «u» too («Peña» ~ «Pena»): the key proposes duplicates for a
// person to confirm, and names often arrive typed without the tilde.
std::string search_key(std::string_view text);

// A name or title as it should be kept: white space (tabs, line breaks,
// no-break spaces, doubled spaces) collapsed to one space, and none at
// either end. «  Erika   Estrada Ruiz » -> «Erika Estrada Ruiz».
std::string tidy_spaces(std::string_view text);
// Prose keeps its lines and paragraphs: only the white space at either end
// goes.
std::string trim_spaces(std::string_view text);

}  // namespace vincula::lang
