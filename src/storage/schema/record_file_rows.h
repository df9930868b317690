#pragma once

#include "domain/record_files.h"
#include "domain/store.h"

namespace vincula::storage::schema {

// The columns a kept file's row is read with, in RecordFile's order (both
// backends select them in this order, the time as UTC ISO 8601).
inline constexpr const char* RECORD_FILE_COLUMNS =
    "id, owner_array, owner_key, name, version, purpose, media_type, size, sha256, added_by";

// What the audit log keeps of a kept file: its name, version, size and
// hash, never its bytes.
domain::AuditEntry record_file_audit(const domain::RecordFile& file);

}  // namespace vincula::storage::schema
