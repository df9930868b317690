#pragma once

#include <memory>
#include <string>

#include <SQLiteCpp/Database.h>

#include "common/result.h"
#include "domain/store.h"

namespace vincula::storage::sqlite {

// The commission and period a scoped read is for.
struct Scope {
    std::string commission;
    domain::Period period;
};

// Whether opening may create and migrate the database file.
enum class OpenMode { CreateOrUpgrade, ExistingOnly };

// The embedded default store: one SQLite file in WAL mode with foreign keys
// on and a busy timeout, so readers never block and writers wait their turn.
class SqliteStore final : public domain::Store {
public:
    static common::Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                             OpenMode mode);

    domain::Dataset load() override;
    domain::Dataset load_scope(const std::string& commission,
                               const domain::Period& period) override;
    common::Outcome add(const domain::Dataset& incoming,
                        const domain::AdditionCheck& check) override;
    std::vector<std::pair<std::string, std::size_t>> counts() override;

    int schema_version();
    SQLite::Database& database() { return m_database; }

private:
    explicit SqliteStore(SQLite::Database database) : m_database(std::move(database)) {}
    void insert(const domain::Dataset& incoming);
    domain::Dataset load_in_transaction(const Scope* scope = nullptr);
    SQLite::Database m_database;
};

}  // namespace vincula::storage::sqlite
