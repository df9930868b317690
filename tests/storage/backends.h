#pragma once

#include <memory>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "domain/database.h"
#include "support/temp_dir.h"

// One typed storage suite for every backend: each test gets a fresh, empty
// database of the backend it is instantiated for, and the same assertions
// run on SQLite and PostgreSQL.
namespace vincula::testing {

enum class Backend { Sqlite, Postgres };

// A fresh database: a SQLite file in a temporary directory, or a schema of
// its own in the PostgreSQL database VINCULA_TEST_POSTGRES_URL names
// (scripts/with-postgres starts one). Removed when the object goes away.
class FreshDatabase {
public:
    explicit FreshDatabase(Backend backend);
    ~FreshDatabase();
    FreshDatabase(const FreshDatabase&) = delete;
    FreshDatabase& operator=(const FreshDatabase&) = delete;

    // What --db would name: the file's path, or a URL that selects the schema.
    const std::string& location() const { return m_location; }
    // Opens another store on the same database (another server, say).
    std::unique_ptr<domain::Database> open(domain::OpenMode mode) const;
    // Runs SQL through a connection of the backend's own, as a person with
    // a database shell would; throws what the backend throws.
    void execute(const std::string& sql) const;

private:
    Backend m_backend;
    std::unique_ptr<TempDir> m_dir;
    std::string m_schema;
    std::string m_location;
};

std::string backend_name(const ::testing::TestParamInfo<Backend>& info);
// How gtest shows the parameter in a failure ("sqlite", not its bytes).
void PrintTo(Backend backend, std::ostream* out);

// The suites' fixture: `database()` is a store opened (and migrated) on a
// fresh database; a test fails, never skips, when its backend is missing.
class StorageTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override;
    domain::Database& database() { return *m_database; }
    FreshDatabase& fresh() { return *m_fresh; }

private:
    std::unique_ptr<FreshDatabase> m_fresh;
    std::unique_ptr<domain::Database> m_database;
};

// The demo bundle, data/demo/iecm-cvoe-2021-q4.json, parsed.
domain::Dataset demo_dataset();

// Queries and datasets built field by field: GCC 12 warns about designated
// initializers that leave members out (-Wmissing-field-initializers).
domain::ListQuery list_query(std::string array, std::size_t limit, std::string sort = {},
                             domain::SortOrder order = domain::SortOrder::Ascending);
domain::AuditQuery audit_query(std::string actor, std::string array = {}, std::string key = {});

// A dataset holding only `records`, in the array `array`.
template <class T>
domain::Dataset only(std::string_view array, std::vector<T> records) {
    domain::Dataset data;
    domain::with_array(data, array, [&](domain::ArrayInfo, auto& slot) {
        if constexpr (std::is_same_v<std::decay_t<decltype(slot)>, std::vector<T>>) {
            slot = std::move(records);
        }
    });
    return data;
}

}  // namespace vincula::testing

// Runs a suite of TEST_P on both backends: SQLite/<Suite>.<Test>/sqlite and
// PostgreSQL/<Suite>.<Test>/postgresql (CTest selects them by prefix).
#define VINCULA_ON_EVERY_BACKEND(Suite)                                                \
    INSTANTIATE_TEST_SUITE_P(SQLite, Suite,                                            \
                             ::testing::Values(::vincula::testing::Backend::Sqlite),   \
                             ::vincula::testing::backend_name);                        \
    INSTANTIATE_TEST_SUITE_P(PostgreSQL, Suite,                                        \
                             ::testing::Values(::vincula::testing::Backend::Postgres), \
                             ::vincula::testing::backend_name)
