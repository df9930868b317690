#pragma once

#include <set>
#include <string>
#include <vector>

#include "domain/store.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

// The advisory locks (released when the transaction ends) that keep what a
// write's plan read true until the write commits, while writers of other
// records go on beside it: a server's writers and every other server's.
//
//  - a record read (present or absent) is held shared, a record set aside,
//    replaced, removed or inserted exclusively: two writes of one record
//    take turns, a record one write reads cannot change under it;
//  - a question over an array (who names a key, the codes of a series) holds
//    the array exclusively, and a writer of the array holds it shared: the
//    next agreement code of a series is decided by one writer at a time;
//  - every write holds «every write» shared; one that reads everything (or
//    tries again after being refused) holds it exclusively and needs no
//    other lock: it runs alone, as every write once did.
//
// A write that waits for another's record while that one waits for its own
// is refused by PostgreSQL (deadlock detected) and tried again alone.
class WriteLocks {
public:
    // With `alone`, takes «every write» exclusively at once; otherwise it
    // is taken shared with the first lock the write asks for.
    WriteLocks(Sql& sql, bool alone);

    bool alone() const { return m_alone; }
    void read_record(const std::string& array, const std::string& key);
    void read_array(const std::string& array);
    void write_records(const std::vector<domain::RecordRef>& refs);
    // Everything `decided` inserts, replaces or removes, and the arrays it
    // writes, before any of it is written.
    void write(const domain::Write& decided);

private:
    void take(std::vector<std::string> shared, std::vector<std::string> exclusive);

    Sql& m_sql;
    bool m_alone;
    std::set<std::string> m_shared;
    std::set<std::string> m_exclusive;
};

}  // namespace vincula::storage::postgres
