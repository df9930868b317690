#pragma once

#include <exception>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include "storage/sqlite/statement_cache.h"

namespace vincula::storage::sqlite {

// One read transaction around several statements (a record's row and its
// reference lists, a whole load): in WAL mode each statement run on its own
// begins and ends a read transaction, with file locks each time, which cost
// more than indexed lookups themselves. Inside a transaction already open (a
// write, a request's snapshot) it does nothing: that one holds the snapshot.
class ReadTransaction {
public:
    ReadTransaction(StatementCache& cache, SQLite::Database& database)
        : m_cache(cache), m_open(sqlite3_get_autocommit(database.getHandle()) != 0) {
        if (m_open) {
            StatementCache::Use begin(m_cache.get("BEGIN"));
            begin->exec();
        }
    }
    ~ReadTransaction() { end(); }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    bool is_open() const { return m_open; }

    // Ends it now (before a write) rather than on destruction; once only.
    void end() noexcept {
        if (!m_open) {
            return;
        }
        m_open = false;
        // Nothing was written: ending the read cannot fail in a way that
        // loses anything, and this runs in destructors.
        try {
            StatementCache::Use commit(m_cache.get("COMMIT"));
            commit->exec();
        } catch (const std::exception&) {
        }
    }

private:
    StatementCache& m_cache;
    bool m_open;
};

}  // namespace vincula::storage::sqlite
