#pragma once

#include <string_view>
#include <vector>

#include <pqxx/pqxx>

#include "common/result.h"
#include "storage/schema/migration.h"

namespace vincula::storage::postgres {

using schema::Migration;

// migrations/postgres/NNNN_*.sql, in version order, embedded at build time.
const std::vector<Migration>& embedded_migrations();

// The schema version recorded in the database (0 if none).
int schema_version(pqxx::connection& connection);

// Applies every migration newer than the database's version, each in its own
// transaction together with its entry in schema_migrations. Servers starting
// together take turns (an advisory lock), so each migration runs once.
// Refuses a database whose schema is newer than this program knows.
common::Outcome migrate(pqxx::connection& connection);

}  // namespace vincula::storage::postgres
