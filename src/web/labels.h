#pragma once

#include <string>
#include <string_view>

// The words the pages show for the bundle's names: a field's label, an
// array's title, an enumeration value. Spanish (es-MX), in one place.
namespace vincula::web {

// «Fecha de firma» for "signed". Every field of every array has one (a test
// walks them all), so a new field cannot reach a form unlabelled.
std::string_view field_label(std::string_view field);

// «Sesiones» for "sessions"; empty for a name that is no array.
std::string_view array_title(std::string_view array);
// «sesión», the singular in lower case, for «Nueva sesión», «Editar …».
std::string_view array_singular(std::string_view array);
// Whether the singular is feminine («Nueva sesión», «Nuevo convenio»).
bool array_is_feminine(std::string_view array);

// «En negociación» for "en_negociacion": the wire value as a person reads it.
std::string enum_label(std::string_view wire_value);

}  // namespace vincula::web
