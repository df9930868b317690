#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

class Schema : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = (std::filesystem::temp_directory_path() /
                  ("vincula-schema-" + std::to_string(::getpid()) + ".sqlite"))
                     .string();
        std::filesystem::remove(m_path);
        auto opened = SqliteStore::open(m_path, OpenMode::CreateOrUpgrade);
        ASSERT_TRUE(opened);
        m_store = std::move(*opened);
    }
    void TearDown() override {
        m_store.reset();
        for (auto suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path + suffix);
        }
    }

    std::vector<std::string> tables() {
        std::vector<std::string> names;
        SQLite::Statement query(m_store->database(),
                                "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (query.executeStep()) {
            names.push_back(query.getColumn(0).getString());
        }
        return names;
    }

    // True when some index of `table` starts with `column`, so lookups by it
    // (foreign key checks, "who refers to this") need no table scan.
    bool has_leading_index(const std::string& table, const std::string& column) {
        SQLite::Statement indexes(m_store->database(), "SELECT name FROM pragma_index_list(?)");
        indexes.bind(1, table);
        while (indexes.executeStep()) {
            SQLite::Statement first(m_store->database(),
                                    "SELECT name FROM pragma_index_info(?) WHERE seqno = 0");
            first.bind(1, indexes.getColumn(0).getString());
            if (first.executeStep() && first.getColumn(0).getString() == column) {
                return true;
            }
        }
        return false;
    }

    std::string m_path;
    std::unique_ptr<SqliteStore> m_store;
};

TEST_F(Schema, EveryReferenceColumnIsIndexed) {
    int references = 0;
    for (const auto& table : tables()) {
        SQLite::Statement keys(m_store->database(),
                               "SELECT \"from\" FROM pragma_foreign_key_list(?)");
        keys.bind(1, table);
        while (keys.executeStep()) {
            ++references;
            auto column = keys.getColumn(0).getString();
            EXPECT_TRUE(has_leading_index(table, column))
                << table << "." << column << " refers to another table but has no index";
        }
    }
    EXPECT_GT(references, 40);
}

TEST_F(Schema, ForeignKeysAreEnforcedAndTheJournalIsWal) {
    SQLite::Statement foreign_keys(m_store->database(), "PRAGMA foreign_keys");
    ASSERT_TRUE(foreign_keys.executeStep());
    EXPECT_EQ(foreign_keys.getColumn(0).getInt(), 1);
    SQLite::Statement journal(m_store->database(), "PRAGMA journal_mode");
    ASSERT_TRUE(journal.executeStep());
    EXPECT_EQ(journal.getColumn(0).getString(), "wal");
}

TEST_F(Schema, MigrationsAreNumberedAndAllApplied) {
    EXPECT_GE(m_store->schema_version(), 2);
    auto reopened = SqliteStore::open(m_path, OpenMode::ExistingOnly);
    ASSERT_TRUE(reopened);
    EXPECT_EQ((*reopened)->schema_version(), m_store->schema_version());
}

// A report approved before versions were kept becomes version 1 of its
// period, in force and served from the data, as it was.
TEST(SchemaUpgrade, AnApprovalMadeBeforeVersionsIsVersionOneOfItsPeriod) {
    auto path = (std::filesystem::temp_directory_path() /
                 ("vincula-upgrade-" + std::to_string(::getpid()) + ".sqlite"))
                    .string();
    std::filesystem::remove(path);
    {
        SQLite::Database database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        database.exec(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
        for (const auto& migration : embedded_migrations()) {
            if (migration.version > 8) {
                break;
            }
            database.exec(std::string(migration.sql));
            database.exec("INSERT INTO schema_migrations(version, name) VALUES (" +
                          std::to_string(migration.version) + ", 'x')");
        }
        database.exec(
            "INSERT INTO commissions (key, name, acronym, kind, ordinal_style) VALUES "
            "('CVOE', 'Comisión', 'CVOE', 'permanente', 'texto')");
        database.exec(
            "INSERT INTO report_publications (commission, \"from\", \"to\", approved_by, "
            "approved_at) VALUES ('CVOE', '2021-10-01', '2021-12-31', 'consejera@iecm.mx', "
            "'2022-01-20T17:00:00Z')");
    }
    auto opened = SqliteStore::open(path, OpenMode::CreateOrUpgrade);
    ASSERT_TRUE(opened) << opened.error().front().message;
    auto versions = (*opened)->report_versions("CVOE", *domain::Period::quarter("2021-Q4"));
    ASSERT_EQ(versions.size(), 1u);
    EXPECT_EQ(versions[0].number, 1);
    EXPECT_EQ(versions[0].approved_by, "consejera@iecm.mx");
    EXPECT_EQ(versions[0].approved_at, "2022-01-20T17:00:00Z");
    EXPECT_FALSE(versions[0].frozen());
    EXPECT_TRUE(domain::version_in_force(versions).has_value());
    opened->reset();
    for (auto suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path + suffix);
    }
}

}  // namespace
}  // namespace vincula::storage::sqlite
