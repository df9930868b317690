#pragma once

#include <string_view>

#include "api/caller.h"
#include "api/response.h"
#include "domain/database.h"

#include <nlohmann/json.hpp>

#include "domain/dataset.h"

namespace vincula::api {

// {"sessions": 12, …}: what a bundle holds, array by array (empty ones left
// out). What the audit log keeps of an import, rather than its records.
nlohmann::ordered_json record_counts(const domain::Dataset& data);

// POST /import: a whole bundle (spec/BUNDLE.md), all or nothing.
Response import_bundle(domain::Database& database, const Caller& caller, std::string_view body);

// GET /export: everything stored, as a bundle.
Response export_bundle(domain::Database& database, const Caller& caller);

}  // namespace vincula::api
