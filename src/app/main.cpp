// The only place that wires the layers together: it chooses the storage
// backend from --db and hands it to the command line.
#include <iostream>
#include <string_view>

#include "cli/cli.h"
#include "common/messages.h"
#include "storage/sqlite/sqlite_store.h"

namespace {

using vincula::cli::StoreAccess;

vincula::common::Result<std::unique_ptr<vincula::domain::Store>> open_store(const std::string& db,
                                                                            StoreAccess access) {
    if (db.starts_with("postgresql://") || db.starts_with("postgres://")) {
        return vincula::common::field_error("db", "backend_disponible");
    }
    auto mode = access == StoreAccess::Create ? vincula::storage::sqlite::OpenMode::CreateOrUpgrade
                                              : vincula::storage::sqlite::OpenMode::ExistingOnly;
    auto store = vincula::storage::sqlite::SqliteStore::open(db, mode);
    if (!store) {
        return std::move(store).error();
    }
    return std::unique_ptr<vincula::domain::Store>(std::move(*store));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return vincula::cli::run(argc, argv, open_store, {std::cout, std::cerr});
    } catch (const std::exception& error) {
        // Only what the user cannot fix reaches here (disk full, database
        // gone): say so plainly, without a stack trace.
        std::cerr << "Error interno: " << error.what() << '\n';
        return 3;
    }
}
