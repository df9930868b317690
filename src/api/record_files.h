#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "api/caller.h"
#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"

// The files of the record (expediente) through the API: kept under a
// session, a document, a convenio or an agreement, versioned by name,
// never replaced.
namespace vincula::api {

// Whether the caller may attach files to this record: those who write its
// array, and an area to the convenios it operates.
bool may_attach(domain::Store& store, const Caller& caller, const std::string& array,
                const std::string& key);

// Keeps `content` as the next version of `name` under the record (checked:
// the record exists, the type and the bytes; nothing kept when any fails).
// 201 with the kept file's description.
Response attach_file(domain::Database& database, const Caller& caller, const std::string& array,
                     const std::string& key, const std::string& name, std::string_view content);

// POST /api/v1/files?array=&key=&name= with the file's bytes as the body.
Response post_file(domain::Database& database, const Caller& caller, const Query& query,
                   std::string_view body);

// GET /api/v1/files?array=&key=: every version kept under a record.
Response list_files(domain::Database& database, const Caller& caller, const Query& query);

// GET /api/v1/files/{id}: the bytes, shown in place when a PDF, an image
// or text, else downloaded; X-Vincula-SHA256 carries the hash.
Response file_content(domain::Database& database, const Caller& caller, const std::string& id);

// A kept file as the API describes it (no bytes).
nlohmann::ordered_json file_json(const domain::RecordFile& file);

// /api/v1/files/12
std::string file_href(const domain::RecordFile& file);

}  // namespace vincula::api
