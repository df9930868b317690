// Every change to the records goes through write(): one IMMEDIATE
// transaction, the plan decided on what is stored, the audit log appended in
// the same transaction.
#include <algorithm>
#include <map>
#include <optional>

#include <SQLiteCpp/Transaction.h>

#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/neighbourhood.h"
#include "storage/sqlite/change_counts.h"
#include "storage/sqlite/record_rows.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

// The stored number of the record at `ref`, if there is one.
std::optional<int64_t> stored_id(domain::Store& store, const domain::RecordRef& ref) {
    int64_t id = 0;
    auto found = store.find(ref, &id);
    if (domain::record_count(found) == 0) {
        return std::nullopt;
    }
    return id;
}

}  // namespace

common::Result<std::vector<std::int64_t>> SqliteStore::write_change(
    const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
    const domain::ChangeReads& reads) {
    // Another process may hold the file past the busy timeout (a long
    // import): the whole transaction is tried again, twice, before the
    // caller is told to come back (503 with Retry-After).
    constexpr int ATTEMPTS = 3;
    for (int attempt = 1;; ++attempt) {
        try {
            return write_once(set_aside, plan, reads);
        } catch (const SQLite::Exception& error) {
            auto code = error.getErrorCode() & 0xff;
            if (code != SQLITE_BUSY && code != SQLITE_LOCKED) {
                throw;
            }
            if (attempt == ATTEMPTS) {
                throw domain::StoreBusy(error.what());
            }
        }
    }
}

namespace {

// The store's answers inside the write transaction (the read cache is not
// consulted there), without the records set aside for the change.
class AnswersBesideSetAside final : public domain::StoredRecords {
public:
    AnswersBesideSetAside(SqliteStore& store, const std::vector<domain::RecordRef>& set_aside,
                          const std::vector<int64_t>& ids)
        : m_store(store), m_set_aside(set_aside), m_ids(ids) {}

    domain::Dataset find(const domain::RecordRef& ref) override {
        std::int64_t id = 0;
        auto found = m_store.find(ref, &id);
        return is_set_aside(ref.array, id) ? domain::Dataset{} : found;
    }

    domain::Dataset matching(const domain::ListQuery& query) override {
        return domain::every_page(
            query, [&](const domain::ListQuery& asked) { return m_store.list(asked); },
            [&](const std::string& array, std::int64_t id) { return is_set_aside(array, id); });
    }

    domain::Dataset beginning_with(const std::string& array, const std::string& field,
                                   const std::string& prefix,
                                   const std::function<bool(const std::string&)>& keep) override {
        auto found = m_store.beginning_with(array, field, prefix, keep);
        domain::Dataset kept;
        domain::append_unskipped(kept, array, found, [&](const std::string& named, int64_t id) {
            return is_set_aside(named, id);
        });
        return kept;
    }

    domain::Dataset naming(const std::string& array, const std::vector<std::string>& fields,
                           const std::string& key, bool beneath) override {
        auto found = m_store.naming(array, fields, key, beneath);
        domain::Dataset kept;
        domain::append_unskipped(kept, array, found, [&](const std::string& named, int64_t id) {
            return is_set_aside(named, id);
        });
        return kept;
    }

    domain::Dataset containing(const std::string& array, const std::string& field,
                               const std::string& key, bool beneath) override {
        auto found = m_store.containing(array, field, key, beneath);
        domain::Dataset kept;
        domain::append_unskipped(kept, array, found, [&](const std::string& named, int64_t id) {
            return is_set_aside(named, id);
        });
        return kept;
    }

private:
    bool is_set_aside(const std::string& array, int64_t id) const {
        for (std::size_t i = 0; i < m_set_aside.size(); ++i) {
            if (m_set_aside[i].array == array && m_ids[i] == id) {
                return true;
            }
        }
        return false;
    }

    SqliteStore& m_store;
    const std::vector<domain::RecordRef>& m_set_aside;
    const std::vector<int64_t>& m_ids;
};

}  // namespace

std::pair<domain::Dataset, domain::Dataset> SqliteStore::stored_for_change(
    const std::vector<domain::RecordRef>& set_aside, const std::vector<int64_t>& ids,
    const domain::ChangeReads& reads) {
    if (reads) {
        domain::Dataset current;
        for (const auto& ref : set_aside) {
            domain::append(current, find(ref));
        }
        AnswersBesideSetAside answers(*this, set_aside, ids);
        if (auto around = reads(answers, current)) {
            return {std::move(*around), std::move(current)};
        }
    }
    auto stored = load_in_transaction();
    // Records read in id order: a set-aside record's index is the number of
    // records of its array stored before it. Erased from the back so the
    // indexes found stay right.
    std::vector<std::pair<std::size_t, std::size_t>> erase_at;  // set_aside index, record index
    for (std::size_t i = 0; i < set_aside.size(); ++i) {
        auto& count =
            m_cache.get("SELECT COUNT(*) FROM " + sql_name(set_aside[i].array) + " WHERE id < ?");
        StatementCache::Use use(count);
        count.bind(1, static_cast<int64_t>(ids[i]));
        count.executeStep();
        erase_at.emplace_back(i, static_cast<std::size_t>(count.getColumn(0).getInt64()));
    }
    std::sort(erase_at.begin(), erase_at.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    domain::Dataset current;
    for (const auto& [which, position] : erase_at) {
        // Plain variables: clang 14 cannot capture a structured binding.
        auto index = position;
        const auto& array = set_aside[which].array;
        domain::with_array(stored, array, [&](domain::ArrayInfo, auto& records) {
            auto at = records.begin() + static_cast<std::ptrdiff_t>(index);
            domain::with_array(current, array, [&](domain::ArrayInfo, auto& kept) {
                if constexpr (std::is_same_v<decltype(kept), decltype(records)>) {
                    kept.insert(kept.begin(), *at);
                }
            });
            records.erase(at);
        });
    }
    return {std::move(stored), std::move(current)};
}

common::Result<std::vector<std::int64_t>> SqliteStore::write_once(
    const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
    const domain::ChangeReads& reads) {
    end_snapshot();
    // IMMEDIATE takes the write lock first, so what the plan saw is still
    // true when the rows are written.
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    // References may point forward within one bundle (a membership standing
    // in for one listed after it): foreign keys are checked at commit.
    m_database.exec("PRAGMA defer_foreign_keys = ON");
    std::vector<int64_t> ids;
    common::FieldErrors missing;
    for (const auto& ref : set_aside) {
        auto id = stored_id(*this, ref);
        if (!id) {
            missing.push_back(
                common::FieldError{ref.key, "registro_inexistente",
                                   common::message("registro_inexistente", {ref.array, ref.key})});
            continue;
        }
        ids.push_back(*id);
    }
    if (!missing.empty()) {
        return missing;
    }
    auto [stored, current] = stored_for_change(set_aside, ids, reads);
    auto decided = plan(stored, current);
    if (!decided) {
        return std::move(decided).error();  // the transaction rolls back
    }
    std::optional<UncountedWrite> uncounted;
    if (domain::record_count(decided->inserted) >= UncountedWrite::RECORDS) {
        uncounted.emplace(m_database);
    }
    std::map<std::pair<std::string, std::string>, int64_t> id_of;
    for (std::size_t i = 0; i < set_aside.size(); ++i) {
        id_of[{set_aside[i].array, set_aside[i].key}] = ids[i];
    }
    auto id_for = [&](const domain::RecordRef& ref) {
        auto found = id_of.find({ref.array, ref.key});
        return found == id_of.end() ? stored_id(*this, ref) : found->second;
    };
    for (const auto& ref : decided->removed) {
        if (auto id = id_for(ref)) {
            auto& remove = m_cache.get("DELETE FROM " + sql_name(ref.array) + " WHERE id = ?");
            StatementCache::Use use(remove);
            remove.bind(1, static_cast<int64_t>(*id));
            remove.exec();
        }
    }
    for (const auto& replacement : decided->replaced) {
        auto id = id_for(replacement.ref);
        domain::with_array(replacement.record, replacement.ref.array,
                           [&](domain::ArrayInfo info, const auto& records) {
                               if (id && records.size() == 1) {
                                   update_record(m_cache, m_database, info.name, *id,
                                                 records.front());
                               }
                           });
    }
    if (decided->inserted.institution) {
        auto& upsert = m_cache.get(
            "INSERT INTO institution (id, name, acronym) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym");
        StatementCache::Use use(upsert);
        upsert.bind(1, decided->inserted.institution->name);
        upsert.bind(2, decided->inserted.institution->acronym);
        upsert.exec();
    }
    std::vector<int64_t> inserted_ids;
    std::map<std::string, std::vector<int64_t>, std::less<>> ids_by_array;
    domain::for_each_array(decided->inserted, [&](domain::ArrayInfo info, const auto& records) {
        std::vector<int64_t> array_ids;
        insert_records(m_cache, m_database, info.name, records, array_ids);
        inserted_ids.insert(inserted_ids.end(), array_ids.begin(), array_ids.end());
        ids_by_array[std::string(info.name)] = std::move(array_ids);
    });
    std::map<std::string, std::size_t, std::less<>> numbered;
    for (auto entry : decided->audit) {
        auto ids_of_array = ids_by_array.find(entry.array);
        if (entry.key.empty() && ids_of_array != ids_by_array.end()) {
            auto& next = numbered[entry.array];
            if (next < ids_of_array->second.size()) {
                entry.key = std::to_string(ids_of_array->second[next++]);
            }
        }
        append_audit(entry);
    }
    if (uncounted) {
        uncounted->finish();
    }
    transaction.commit();
    changed_here();
    return inserted_ids;
}

void SqliteStore::append_audit(const domain::AuditEntry& entry) {
    auto& insert = m_cache.get(
        "INSERT INTO audit_log (actor, action, array, key, before, after) "
        "VALUES (?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''))");
    StatementCache::Use use(insert);
    insert.bind(1, entry.actor);
    insert.bind(2, entry.action);
    insert.bind(3, entry.array);
    insert.bind(4, entry.key);
    insert.bind(5, entry.before);
    insert.bind(6, entry.after);
    insert.exec();
}

std::vector<domain::AuditRow> SqliteStore::audit(const domain::AuditQuery& query) {
    auto& select = m_cache.get(
        "SELECT id, at, actor, action, array, key, COALESCE(before, ''), COALESCE(after, '') "
        "FROM audit_log WHERE (?1 = '' OR actor = ?1) AND (?2 = '' OR array = ?2) "
        "AND (?3 = '' OR key = ?3) AND (?4 = '' OR substr(at, 1, 10) >= ?4) "
        "AND (?5 = '' OR substr(at, 1, 10) <= ?5) AND (?6 = 0 OR id < ?6) "
        "ORDER BY id DESC LIMIT ?7");
    StatementCache::Use use(select);
    select.bind(1, query.actor);
    select.bind(2, query.array);
    select.bind(3, query.key);
    select.bind(4, query.from);
    select.bind(5, query.to);
    select.bind(6, static_cast<int64_t>(query.before_id));
    select.bind(7, static_cast<int64_t>(query.limit));
    std::vector<domain::AuditRow> rows;
    while (select.executeStep()) {
        rows.push_back(domain::AuditRow{
            select.getColumn(0).getInt64(), select.getColumn(1).getString(),
            domain::AuditEntry{select.getColumn(2).getString(), select.getColumn(3).getString(),
                               select.getColumn(4).getString(), select.getColumn(5).getString(),
                               select.getColumn(6).getString(), select.getColumn(7).getString()}});
    }
    return rows;
}

}  // namespace vincula::storage::sqlite
