#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace vincula::storage::sqlite {

// Prepared statements kept for the life of the connection: the API's reads
// run the same few queries thousands of times a second, and preparing costs
// more than running them.
class StatementCache {
public:
    explicit StatementCache(SQLite::Database& database) : m_database(database) {}

    // A statement ready to bind and step. The caller holds a Use, which
    // resets it on leaving, so no finished read keeps a snapshot open.
    class Use {
    public:
        explicit Use(SQLite::Statement& statement) : m_statement(statement) {}
        ~Use() {
            m_statement.tryReset();
            m_statement.clearBindings();
        }
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;
        SQLite::Statement& operator*() { return m_statement; }
        SQLite::Statement* operator->() { return &m_statement; }

    private:
        SQLite::Statement& m_statement;
    };

    SQLite::Statement& get(const std::string& sql) {
        auto& slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<SQLite::Statement>(m_database, sql);
        }
        return *slot;
    }

    SQLite::Database& database() { return m_database; }

private:
    SQLite::Database& m_database;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
};

}  // namespace vincula::storage::sqlite
