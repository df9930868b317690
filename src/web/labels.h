#pragma once

#include <string>
#include <string_view>

#include "domain/array_words.h"

// The words the pages show for the bundle's names: a field's label, an
// array's title, an enumeration value. Spanish (es-MX), in one place.
namespace vincula::web {

// «Fecha de firma» for "signed". Every field of every array has one (a test
// walks them all), so a new field cannot reach a form unlabelled.
std::string_view field_label(std::string_view field);

// An array's title («Sesiones»), its singular («Nueva sesión», «Editar
// …») and whether it is feminine («Nuevo convenio»): the domain's words.
using domain::array_is_feminine;
using domain::array_singular;
using domain::array_title;

// «En negociación» for "en_negociacion": the wire value as a person reads it.
std::string enum_label(std::string_view wire_value);

}  // namespace vincula::web
