// The only place that wires the layers together: it hands the storage
// backends (chosen from --db) to the command line.
#include <iostream>

#include "cli/cli.h"
#include "storage/open_database.h"

namespace {

vincula::common::Result<std::unique_ptr<vincula::domain::Database>> open_store(
    const std::string& db, vincula::cli::StoreAccess access) {
    return vincula::storage::open_database(db, access == vincula::cli::StoreAccess::Create
                                                   ? vincula::domain::OpenMode::CreateOrUpgrade
                                                   : vincula::domain::OpenMode::ExistingOnly);
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
