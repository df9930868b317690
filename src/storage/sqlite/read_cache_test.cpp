#include <filesystem>

#include <gtest/gtest.h>

#include "storage/sqlite/change_counts.h"
#include "storage/sqlite/change_watch.h"
#include "storage/sqlite/sqlite_store.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "synth/synthetic.h"

namespace vincula::storage::sqlite {
namespace {

using testing::TempDir;

// What the store is given is already a hash; any text will do here.
const std::string TOKEN_HASH = "hash-del-token-de-prueba";

std::string title_of(SqliteStore& store, const std::string& key) {
    auto found = store.find(domain::RecordRef{"convenios", key});
    if (found.convenios.empty()) {
        return "(no existe)";
    }
    return found.convenios.front().title.value_or("");
}

// The cache is invisible when it works: every read answers what is stored
// now, whoever wrote it. These tests change the file behind the store's
// back, after a first read has filled the cache, and expect the change.
class ReadCacheFreshness : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = m_directory.path("vincula.sqlite");
        auto opened = SqliteStore::open(m_path, OpenMode::CreateOrUpgrade);
        ASSERT_TRUE(opened);
        m_store = std::move(*opened);
        auto data = synth::make_synthetic({.years = 1, .commissions = 1, .first_year = 2021});
        ASSERT_FALSE(data.convenios.empty());
        m_key = data.convenios.front().key;
        ASSERT_TRUE(domain::import_dataset(*m_store, data));
        domain::User user;
        user.email = "lectura@example.org";
        user.name = "Lectura";
        user.password_hash = "x";
        auto added = m_store->add_user(user, "prueba");
        ASSERT_TRUE(added);
        m_store->add_token(TOKEN_HASH, added->id, "prueba", 0);
    }

    TempDir m_directory;
    std::string m_path;
    std::string m_key;
    std::unique_ptr<SqliteStore> m_store;
};

TEST_F(ReadCacheFreshness, ARecordChangedByAnotherConnectionIsReadAsItIsNow) {
    auto before = title_of(*m_store, m_key);
    ASSERT_EQ(title_of(*m_store, m_key), before);  // now answered from the cache
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    SQLite::Statement update(other, "UPDATE convenios SET title = 'Título cambiado' WHERE key = ?");
    update.bind(1, m_key);
    ASSERT_EQ(update.exec(), 1);
    EXPECT_EQ(title_of(*m_store, m_key), "Título cambiado");
}

TEST_F(ReadCacheFreshness, ARecordChangedByAnotherProcessIsReadAsItIsNow) {
    title_of(*m_store, m_key);
    auto changed = testing::run_process(
        {"sqlite3", m_path,
         "UPDATE convenios SET title = 'Cambiado por otro proceso' WHERE key = '" + m_key + "'"});
    ASSERT_EQ(changed.exit_code, 0) << changed.err;
    EXPECT_EQ(title_of(*m_store, m_key), "Cambiado por otro proceso");
}

TEST_F(ReadCacheFreshness, ARecordsListChangedByAnotherConnectionIsReadAsItIsNow) {
    auto counterparts = [&] {
        return m_store->find(domain::RecordRef{"convenios", m_key}).convenios.at(0).counterparts;
    };
    auto before = counterparts();
    ASSERT_EQ(before.size(), 1U);
    ASSERT_EQ(counterparts(), before);  // now answered from the cache
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    SQLite::Statement update(other,
                             "UPDATE convenios__counterparts SET value = (SELECT key FROM "
                             "organizations WHERE key <> ? LIMIT 1) WHERE owner_id = (SELECT id "
                             "FROM convenios WHERE key = ?)");
    update.bind(1, before.front());
    update.bind(2, m_key);
    ASSERT_EQ(update.exec(), 1);
    EXPECT_NE(counterparts(), before) << "a convenio's counterparts are part of its record";
}

TEST_F(ReadCacheFreshness, AChangeOfAnotherArrayKeepsTheRecordsItDidNotTouch) {
    auto before = title_of(*m_store, m_key);
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    // The test's way to look into the cache: a title changed with its
    // count switched off is seen only by a read that reaches SQLite.
    other.exec("DROP TRIGGER count_changes_convenios_UPDATE");
    other.exec("UPDATE convenios SET title = 'Sin contar' WHERE key = '" + m_key + "'");
    other.exec(
        "UPDATE people SET name = name || ' Cambiada' WHERE id = (SELECT MIN(id) FROM people)");
    EXPECT_EQ(title_of(*m_store, m_key), before)
        << "a change of people must not empty the cache of convenios";
    other.exec(
        "UPDATE convenios__counterparts SET position = position WHERE owner_id = (SELECT id "
        "FROM convenios WHERE key = '" +
        m_key + "')");
    EXPECT_EQ(title_of(*m_store, m_key), "Sin contar") << "a change of convenios empties it";
}

TEST(ChangeCounts, EveryTableCountsWhatIsWrittenToItAndARollbackTakesItBack) {
    TempDir directory;
    auto path = directory.path("vincula.sqlite");
    ASSERT_TRUE(SqliteStore::open(path, OpenMode::CreateOrUpgrade));
    SQLite::Database database(path, SQLite::OPEN_READWRITE);
    SQLite::Statement uncounted(
        database,
        "SELECT name FROM sqlite_master AS t WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('change_counts', 'schema_migrations') AND (SELECT COUNT(*) FROM "
        "sqlite_master WHERE type = 'trigger' AND tbl_name = t.name AND name LIKE "
        "'count_changes_%') < 3");
    while (uncounted.executeStep()) {
        ADD_FAILURE() << "la tabla " << uncounted.getColumn(0).getString()
                      << " no cuenta sus cambios";
    }
    auto counts = read_change_counts(database);
    EXPECT_GT(counts.size(), 40U);
    database.exec("INSERT INTO areas (key, name, acronym) VALUES ('a-1', 'Área uno', 'AU')");
    database.exec("UPDATE areas SET name = 'Área 1'");
    database.exec("BEGIN");
    database.exec("DELETE FROM areas");
    database.exec("ROLLBACK");
    auto after = read_change_counts(database);
    EXPECT_EQ(after["areas"], counts["areas"] + 2);
    after.erase("areas");
    counts.erase("areas");
    EXPECT_EQ(after, counts) << "no other table was written";

    // A table a later migration adds (or rebuilds) is counted on the next open.
    database.exec("DROP TRIGGER count_changes_areas_DELETE");
    ASSERT_TRUE(SqliteStore::open(path, OpenMode::ExistingOnly));
    database.exec("DELETE FROM areas");
    EXPECT_EQ(read_change_counts(database)["areas"], counts["areas"] + 3);
}

TEST(ChangeCounts, AnImportMovesEveryCountOnceAndKeepsTheTriggers) {
    TempDir directory;
    auto path = directory.path("vincula.sqlite");
    auto store = SqliteStore::open(path, OpenMode::CreateOrUpgrade);
    ASSERT_TRUE(store);
    SQLite::Database database(path, SQLite::OPEN_READWRITE);
    auto before = read_change_counts(database);
    auto triggers = [&] {
        return database.execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")
            .getInt();
    };
    auto triggers_before = triggers();
    auto data = synth::make_synthetic({.years = 2, .commissions = 2, .first_year = 2020});
    ASSERT_GE(domain::record_count(data), UncountedWrite::RECORDS) << "written uncounted";
    ASSERT_TRUE(domain::import_dataset(**store, data));
    auto after = read_change_counts(database);
    ASSERT_EQ(after.size(), before.size());
    for (const auto& [table, count] : before) {
        EXPECT_EQ(after[table], count + 1) << table;
    }
    EXPECT_EQ(triggers(), triggers_before);
    database.exec("INSERT INTO areas (key, name, acronym) VALUES ('a-nueva', 'Área nueva', 'AN')");
    EXPECT_EQ(read_change_counts(database)["areas"], after["areas"] + 1)
        << "counted row by row again";
}

TEST_F(ReadCacheFreshness, ADeletedRecordIsGoneAndANewOneIsFound) {
    title_of(*m_store, m_key);
    EXPECT_EQ(title_of(*m_store, "CONV-NUEVO"), "(no existe)");
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    other.exec("PRAGMA foreign_keys = OFF");
    other.exec("DELETE FROM convenios WHERE key = '" + m_key + "'");
    other.exec(
        "UPDATE convenios SET key = 'CONV-NUEVO' WHERE id = (SELECT MIN(id) FROM convenios)");
    EXPECT_EQ(title_of(*m_store, m_key), "(no existe)");
    EXPECT_NE(title_of(*m_store, "CONV-NUEVO"), "(no existe)");
}

TEST_F(ReadCacheFreshness, APageOfAListShowsAChangeMadeAfterItWasRead) {
    domain::ListQuery query{"convenios", {}, "key", domain::SortOrder::Ascending, 500, ""};
    auto before = m_store->list(query);
    ASSERT_EQ(m_store->list(query).ids, before.ids);
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    other.exec("UPDATE convenios SET title = 'Título de la lista' WHERE key = '" + m_key + "'");
    auto after = m_store->list(query);
    ASSERT_EQ(after.ids, before.ids);
    bool changed = false;
    for (const auto& convenio : after.records.convenios) {
        changed = changed || (convenio.key == m_key && convenio.title == "Título de la lista");
    }
    EXPECT_TRUE(changed);
}

TEST_F(ReadCacheFreshness, ATallyAndTheRegistersCountsShowAChangeMadeAfterTheyWereRead) {
    domain::ListQuery every{"convenios", {}, "key", domain::SortOrder::Ascending, 0, ""};
    auto statuses = m_store->tally(every, "status");
    ASSERT_EQ(m_store->tally(every, "status"), statuses);
    // What the register counts in the quarter's scope, over all its spans.
    auto quarter = *domain::Period::quarter("2021-T4");
    auto counted = [&] {
        long signed_count = 0;
        for (const auto& span : m_store->load_scope("com0", quarter).signed_spans) {
            signed_count += span.count.signed_count;
        }
        return signed_count;
    };
    auto before = counted();
    ASSERT_GT(before, 0);
    ASSERT_EQ(counted(), before);

    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    auto latest = other
                      .execAndGet(
                          "SELECT key FROM convenios WHERE signed <= '2021-12-31' "
                          "ORDER BY signed DESC LIMIT 1")
                      .getString();
    other.exec("UPDATE convenios SET status = 'cancelado', signed = NULL WHERE key = '" + latest +
               "'");
    auto after = m_store->tally(every, "status");
    EXPECT_EQ(after["cancelado"], statuses["cancelado"] + 1);
    EXPECT_EQ(counted(), before - 1);
}

TEST_F(ReadCacheFreshness, ARevokedTokenStopsWorkingAtOnce) {
    const auto& hash = TOKEN_HASH;
    ASSERT_TRUE(m_store->user_of_token(hash));
    ASSERT_TRUE(m_store->user_of_token(hash));
    auto revoked =
        testing::run_process({"sqlite3", m_path, "DELETE FROM api_tokens WHERE label = 'prueba'"});
    ASSERT_EQ(revoked.exit_code, 0) << revoked.err;
    EXPECT_FALSE(m_store->user_of_token(hash));
}

TEST_F(ReadCacheFreshness, ADeactivatedUserLosesTheirTokenAtOnce) {
    const auto& hash = TOKEN_HASH;
    ASSERT_TRUE(m_store->user_of_token(hash));
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    other.exec("UPDATE users SET active = 0 WHERE email = 'lectura@example.org'");
    EXPECT_FALSE(m_store->user_of_token(hash));
}

TEST_F(ReadCacheFreshness, ARequestsSnapshotReadsAtOneGeneration) {
    // Inside a request's snapshot the cache is read at the generation the
    // snapshot began with; after it, the change is seen.
    title_of(*m_store, m_key);
    {
        auto snapshot = m_store->read_snapshot();
        title_of(*m_store, m_key);
    }
    SQLite::Database other(m_path, SQLite::OPEN_READWRITE);
    other.exec("UPDATE convenios SET title = 'Después' WHERE key = '" + m_key + "'");
    auto snapshot = m_store->read_snapshot();
    EXPECT_EQ(title_of(*m_store, m_key), "Después");
}

TEST(ChangeWatch, CountsWritesToTheDatabasesFilesAndNothingElse) {
    TempDir directory;
    ChangeWatch watch(directory.path("base.sqlite"));
    auto first = watch.generation();
    ASSERT_TRUE(first);
    EXPECT_EQ(watch.generation(), first) << "nothing was written";
    testing::write_file(directory.path("base.sqlite-wal"), "páginas");
    auto second = watch.generation();
    ASSERT_TRUE(second);
    EXPECT_GT(*second, *first);
    EXPECT_EQ(watch.generation(), second);
    // A log beside the database, written on every request, is not a change
    // of the database (it emptied the cache before each page).
    testing::write_file(directory.path("serve.out"), "GET /");
    testing::write_file(directory.path("base.sqlite-wal.copy"), "otra cosa");
    EXPECT_EQ(watch.generation(), second);
    testing::write_file(directory.path("base.sqlite"), "páginas");
    EXPECT_GT(*watch.generation(), *second);
}

TEST(ChangeWatch, StopsAnsweringWhenItsDirectoryGoesAway) {
    auto directory = std::make_unique<TempDir>();
    ChangeWatch watch(directory->path("base.sqlite"));
    ASSERT_TRUE(watch.generation());
    directory.reset();
    EXPECT_FALSE(watch.generation()) << "a watch that sees nothing must not allow caching";
    EXPECT_FALSE(watch.generation());
}

}  // namespace
}  // namespace vincula::storage::sqlite
