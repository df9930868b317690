#pragma once

#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "common/result.h"
#include "storage/schema/migration.h"

namespace vincula::storage::sqlite {

using schema::Migration;

// migrations/sqlite/NNNN_*.sql, in version order, embedded at build time.
const std::vector<Migration>& embedded_migrations();

// The schema version recorded in the database (0 if none).
int schema_version(SQLite::Database& database);

// Applies every migration newer than the database's version, each in its own
// transaction together with its entry in schema_migrations, then counts the
// changes of every table (change_counts.h). Refuses a database whose schema
// is newer than this program knows.
common::Outcome migrate(SQLite::Database& database);

}  // namespace vincula::storage::sqlite
