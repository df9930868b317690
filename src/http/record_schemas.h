#pragma once

#include <nlohmann/json.hpp>

namespace vincula::http {

// A JSON Schema for the records of every array, generated from their
// describe(): the same field names, types, enumerations and required fields
// the bundle reader enforces. Keyed by array name.
nlohmann::ordered_json record_schemas();

}  // namespace vincula::http
