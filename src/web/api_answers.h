#pragma once

#include <nlohmann/json.hpp>

#include "api/response.h"
#include "common/field_error.h"

// Pages call the same api layer operations as the REST API and read their
// answers back: one rule, one place, whether a form or a client wrote.
namespace vincula::web {

bool succeeded(const api::Response& response);

// The answer's JSON body (null when it has none).
nlohmann::json body_of(const api::Response& response);

// The errors of an error answer ({"errores": [{campo, regla, mensaje}]}).
common::FieldErrors errors_of(const api::Response& response);

// Each error as a sentence for a page: «Sesión: el campo es obligatorio.»
// (the field's label, not its wire name).
nlohmann::json messages_of(const common::FieldErrors& errors);

}  // namespace vincula::web
