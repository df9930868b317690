#pragma once

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

// The counts now, by table.
std::map<std::string, std::int64_t> read_change_counts(SQLite::Database& database);

}  // namespace vincula::storage::sqlite
