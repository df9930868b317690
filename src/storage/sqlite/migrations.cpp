#include "storage/sqlite/migrations.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/messages.h"
#include "storage/sqlite/change_counts.h"

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
    if (current == newest) {
        count_changes_of_every_table(database);
        return common::ok();
    }
    // SQLite's way to change a table's constraints is to build it anew
    // (https://sqlite.org/lang_altertable.html#otheralter): references are
    // off while a migration runs, and checked before it commits.
    database.exec("PRAGMA foreign_keys = OFF");
    common::Outcome outcome = common::ok();
    for (const auto& migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
        database.exec(std::string(migration.sql));
        SQLite::Statement broken(database, "PRAGMA foreign_key_check");
        if (broken.executeStep()) {
            outcome = common::field_error(
                "", "base_de_datos",
                {std::string(migration.name),
                 "referencia rota en la tabla " + broken.getColumn(0).getString()});
            break;  // the transaction rolls back
        }
        SQLite::Statement record(database,
                                 "INSERT INTO schema_migrations(version, name) VALUES (?, ?)");
        record.bind(1, migration.version);
        record.bind(2, std::string(migration.name));
        record.exec();
        transaction.commit();
    }
    database.exec("PRAGMA foreign_keys = ON");
    if (outcome) {
        count_changes_of_every_table(database);
    }
    return outcome;
}

}  // namespace vincula::storage::sqlite
