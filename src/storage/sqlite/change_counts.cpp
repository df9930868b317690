#include "storage/sqlite/change_counts.h"

#include <array>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "storage/schema/record_columns.h"

namespace vincula::storage::sqlite {
namespace {

constexpr std::array<const char*, 3> OPERATIONS = {"INSERT", "UPDATE", "DELETE"};

std::string trigger_name(const std::string& table, const char* operation) {
    return "count_changes_" + table + "_" + operation;
}

// A table's name as a string in SQL. The names are the schema's own
// (letters, digits and underscores), quoted all the same.
std::string literal(const std::string& text) {
    std::string quoted_text = "'";
    for (char c : text) {
        quoted_text += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return quoted_text + "'";
}

// Tables that lack one of their three triggers.
std::vector<std::string> uncounted_tables(SQLite::Database& database) {
    SQLite::Statement query(
        database,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('change_counts', 'schema_migrations') AND (SELECT COUNT(*) FROM "
        "sqlite_master AS t WHERE t.type = 'trigger' AND t.tbl_name = sqlite_master.name "
        "AND t.name LIKE 'count\\_changes\\_%' ESCAPE '\\') < 3 ORDER BY name");
    std::vector<std::string> tables;
    while (query.executeStep()) {
        tables.push_back(query.getColumn(0).getString());
    }
    return tables;
}

// The counting table, and the triggers of every table that lacks them;
// inside the caller's transaction.
void add_missing_counts(SQLite::Database& database) {
    database.exec(
        "CREATE TABLE IF NOT EXISTS change_counts ("
        " name TEXT PRIMARY KEY, changes INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID");
    for (const auto& table : uncounted_tables(database)) {
        database.exec("INSERT OR IGNORE INTO change_counts(name) VALUES (" + literal(table) + ")");
        for (const char* operation : OPERATIONS) {
            database.exec("CREATE TRIGGER IF NOT EXISTS " +
                          schema::sql_name(trigger_name(table, operation)) + " AFTER " + operation +
                          " ON " + schema::sql_name(table) +
                          " BEGIN UPDATE change_counts SET changes = changes + 1 WHERE name = " +
                          literal(table) + "; END");
        }
    }
}

}  // namespace

void count_changes_of_every_table(SQLite::Database& database) {
    if (database.tableExists("change_counts") && uncounted_tables(database).empty()) {
        return;
    }
    SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
    add_missing_counts(database);
    transaction.commit();
}

UncountedWrite::UncountedWrite(SQLite::Database& database) : m_database(database) {
    std::vector<std::string> triggers;
    {
        SQLite::Statement query(m_database,
                                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                                "LIKE 'count\\_changes\\_%' ESCAPE '\\'");
        while (query.executeStep()) {
            triggers.push_back(query.getColumn(0).getString());
        }
    }
    for (const auto& trigger : triggers) {
        m_database.exec("DROP TRIGGER " + schema::sql_name(trigger));
    }
}

void UncountedWrite::finish() {
    add_missing_counts(m_database);
    m_database.exec("UPDATE change_counts SET changes = changes + 1");
}

std::map<std::string, std::int64_t> read_change_counts(SQLite::Database& database) {
    SQLite::Statement query(database, "SELECT name, changes FROM change_counts");
    std::map<std::string, std::int64_t> counts;
    while (query.executeStep()) {
        counts.emplace(query.getColumn(0).getString(), query.getColumn(1).getInt64());
    }
    return counts;
}

}  // namespace vincula::storage::sqlite
