#pragma once

#include <nlohmann/json.hpp>

namespace vincula::http {

// The OpenAPI 3.1 document of the API, generated from the route table:
// every route is in it, and nothing else.
nlohmann::ordered_json openapi_document();

}  // namespace vincula::http
