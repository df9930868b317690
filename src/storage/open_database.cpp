#include "storage/open_database.h"

#include "storage/postgres/postgres_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage {
namespace {

template <class Store>
common::Result<std::unique_ptr<domain::Database>> as_database(
    common::Result<std::unique_ptr<Store>> opened) {
    if (!opened) {
        return std::move(opened).error();
    }
    return std::unique_ptr<domain::Database>(std::move(opened).value());
}

}  // namespace

bool is_postgres_url(const std::string& db) {
    return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

common::Result<std::unique_ptr<domain::Database>> open_database(const std::string& db,
                                                                domain::OpenMode mode) {
    if (is_postgres_url(db)) {
        return as_database(postgres::PostgresStore::open(db, mode));
    }
    return as_database(sqlite::SqliteStore::open(db, mode));
}

}  // namespace vincula::storage
