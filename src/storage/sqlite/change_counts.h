#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include <SQLiteCpp/Database.h>

namespace vincula::storage::sqlite {

// The table change_counts holds, for every other table, how many of its
// rows have been inserted, updated or deleted: triggers count them, so a
// write of any process or tool (the sqlite3 shell too) is counted in the
// transaction that makes it, and a rollback takes its count back. The read
// cache compares the counts to forget only the answers a change made stale.

// Makes the counting table and the triggers of every table that lacks them
// (a table a migration added or rebuilt); nothing when all are there. Runs
// after the migrations, on every open.
void count_changes_of_every_table(SQLite::Database& database);

// A write of many rows (an import) counts them once instead of row by row:
// made inside the write's transaction, it drops the triggers; finish(),
// before the commit, makes them again and moves every table's count, so a
// cache forgets everything. A rollback takes all of it back.
class UncountedWrite {
public:
    explicit UncountedWrite(SQLite::Database& database);
    void finish();

    // From how many records a write is written this way: below it, the
    // triggers' cost (about a microsecond a row) is nothing.
    static constexpr std::size_t RECORDS = 2000;

private:
    SQLite::Database& m_database;
};

// The counts now, by table.
std::map<std::string, std::int64_t> read_change_counts(SQLite::Database& database);

}  // namespace vincula::storage::sqlite
