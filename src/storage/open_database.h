#pragma once

#include <memory>
#include <string>

#include "common/result.h"
#include "domain/database.h"

namespace vincula::storage {

// True when `db` names a PostgreSQL database (postgresql:// or postgres://)
// rather than a SQLite file.
bool is_postgres_url(const std::string& db);

// Opens the database `db` names: a PostgreSQL URL, or the path of a SQLite
// file. The same rule ids on both backends: base_de_datos,
// base_no_inicializada, esquema_mas_nuevo.
common::Result<std::unique_ptr<domain::Database>> open_database(const std::string& db,
                                                                domain::OpenMode mode);

}  // namespace vincula::storage
