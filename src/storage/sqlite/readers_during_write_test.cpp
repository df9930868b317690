#include <gtest/gtest.h>

#include "storage/sqlite/sqlite_store.h"
#include "support/temp_dir.h"
#include "synth/synthetic.h"

namespace vincula::storage::sqlite {
namespace {

// WAL mode: a writer in the middle of its transaction holds the write lock,
// and readers go on reading the last committed state instead of waiting
// (or failing with «database is locked» after the busy timeout).
TEST(ReadersDuringAWrite, ReadTheCommittedStateWithoutWaitingForTheWriter) {
    testing::TempDir directory;
    auto path = directory.path("vincula.sqlite");
    auto opened = SqliteStore::open(path, OpenMode::CreateOrUpgrade);
    ASSERT_TRUE(opened);
    auto& store = **opened;
    auto data = synth::make_synthetic({.years = 1, .commissions = 1, .first_year = 2021});
    ASSERT_GE(data.convenios.size(), 2U);
    ASSERT_TRUE(domain::import_dataset(store, data));
    const auto& key = data.convenios.back().key;

    SQLite::Database writer(path, SQLite::OPEN_READWRITE);
    // A tiny page cache makes the writer spill its changes to disk before
    // committing: with a rollback journal that takes the exclusive lock.
    writer.exec("PRAGMA cache_size = 1");
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("UPDATE convenios SET title = 'Sin confirmar' WHERE key = '" + key + "'");
    writer.exec("DELETE FROM convenios__counterparts");

    // Nothing of these was read before, so no cache answers for SQLite.
    auto found = store.find(domain::RecordRef{"convenios", key});
    ASSERT_EQ(found.convenios.size(), 1U);
    EXPECT_EQ(found.convenios.front().title, data.convenios.back().title);
    auto everything = store.load();
    EXPECT_EQ(everything.convenios.size(), data.convenios.size());
    EXPECT_EQ(everything.convenios.back().counterparts, data.convenios.back().counterparts);

    writer.exec("COMMIT");
    EXPECT_EQ(store.find(domain::RecordRef{"convenios", key}).convenios.front().title,
              "Sin confirmar");
}

}  // namespace
}  // namespace vincula::storage::sqlite
