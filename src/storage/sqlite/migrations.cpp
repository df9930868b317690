#include "storage/sqlite/migrations.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/messages.h"

namespace vincula::storage::sqlite {

int schema_version(SQLite::Database& database) {
    if (!database.tableExists("schema_migrations")) {
        return 0;
    }
    SQLite::Statement query(database, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    query.executeStep();
    return query.getColumn(0).getInt();
}

common::Outcome migrate(SQLite::Database& database) {
    database.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    int current = schema_version(database);
    const auto& migrations = embedded_migrations();
    int newest = migrations.empty() ? 0 : migrations.back().version;
    if (current > newest) {
        return common::field_error("", "esquema_mas_nuevo",
                                   {std::to_string(current), std::to_string(newest)});
    }
    for (const auto& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
        database.exec(std::string(migration.sql));
        SQLite::Statement record(database,
                                 "INSERT INTO schema_migrations(version, name) VALUES (?, ?)");
        record.bind(1, migration.version);
        record.bind(2, std::string(migration.name));
        record.exec();
        transaction.commit();
    }
    return common::ok();
}

}  // namespace vincula::storage::sqlite
