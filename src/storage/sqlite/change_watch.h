#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

#include "storage/cache/read_cache.h"

namespace vincula::storage::sqlite {

// Tells whether anything may have been committed to a SQLite database since
// the last look, by any process, without opening a read transaction.
//
// A commit in WAL mode always write()s its pages to the -wal file before it
// becomes visible, and the kernel queues an inotify event during that
// write(). So once a commit is visible, its event is already queued, and a
// generation() taken after it sees the event. WAL mode requires every
// process that uses the file to share this machine's memory (the -shm
// index), so no writer escapes the watch. The directory is watched, not the
// files, so a -wal file created, deleted or replaced is seen too; events on
// its other files (a log written beside the database on every request) are
// not the database's and leave the generation as it was.
class ChangeWatch final : public cache::ChangeSignal {
public:
    explicit ChangeWatch(const std::filesystem::path& database_file);
    ~ChangeWatch() override;
    ChangeWatch(const ChangeWatch&) = delete;
    ChangeWatch& operator=(const ChangeWatch&) = delete;

    // A number that grows every time one of the database's files (itself,
    // its -wal, -shm or -journal) was written since the previous call: equal numbers mean nothing
    // was committed in between. nullopt when the directory cannot be watched (then nothing may be
    // cached). One non-blocking read() when idle.
    std::optional<std::uint64_t> generation() override;
    // After a commit of this process: a new generation at once, as the
    // events of the commit's writes may have been read before it was
    // visible.
    void changed_here() override;
    // The database's change_counts (change_counts.h), read on a connection
    // of the watch's own; nullopt when they cannot be read, or when the
    // database file itself was created, replaced or removed since the last
    // call (another database's counts say nothing of this one's).
    std::optional<std::map<std::string, std::int64_t>> change_counts() override;

private:
    void stop_watching();

    // Whether an event on the file `name` (empty: the directory) may be a
    // change of the database.
    bool is_database_file(std::string_view name) const;

    std::filesystem::path m_path;
    std::string m_name;  // the database file's name, without its directory
    int m_descriptor = -1;
    std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    bool m_replaced = false;  // since change_counts() last looked

    std::mutex m_counts_mutex;
    std::unique_ptr<SQLite::Database> m_counts_connection;
};

}  // namespace vincula::storage::sqlite
