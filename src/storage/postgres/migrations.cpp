#include "storage/postgres/migrations.h"

#include "common/messages.h"

namespace vincula::storage::postgres {
namespace {

// pg_advisory_xact_lock key of schema changes ("VINCMIGR" in ASCII); record
// writes use another, so a write never waits for a migration's lock.
constexpr long long MIGRATION_LOCK = 0x56494e434d494752;

int version_in(pqxx::transaction_base& transaction) {
    // to_regclass follows search_path: the schema Vincula was given.
    auto exists = transaction.exec1("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (!exists[0].as<bool>()) {
        return 0;
    }
    return transaction.exec1("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0]
        .as<int>();
}

}  // namespace

int schema_version(pqxx::connection& connection) {
    pqxx::read_transaction transaction(connection);
    return version_in(transaction);
}

common::Outcome migrate(pqxx::connection& connection) {
    const auto& migrations = embedded_migrations();
    int newest = migrations.empty() ? 0 : migrations.back().version;
    for (const auto& migration : migrations) {
        pqxx::work transaction(connection);
        transaction.exec_params("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK);
        transaction.exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        // Read under the lock: another server may have just applied it.
        int current = version_in(transaction);
        if (current > newest) {
            return common::field_error("", "esquema_mas_nuevo",
                                       {std::to_string(current), std::to_string(newest)});
        }
        if (migration.version <= current) {
            continue;
        }
        transaction.exec(std::string(migration.sql));
        transaction.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                migration.version, std::string(migration.name));
        transaction.commit();
    }
    return common::ok();
}

}  // namespace vincula::storage::postgres
