// Every change to the records goes through write(): one transaction that
// holds what its plan reads and writes (storage/postgres/write_locks.h), the
// plan decided on what is stored, the audit log appended in the same
// transaction. Writes of different records run side by side.
#include <algorithm>
#include <map>

#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/neighbourhood.h"
#include "storage/postgres/dataset_reads.h"
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/record_rows.h"
#include "storage/postgres/write_locks.h"

namespace vincula::storage::postgres {
namespace {

// Tries of one write before the caller is told to come back (503 with
// Retry-After): the first beside other writers, the others alone.
constexpr int WRITE_ATTEMPTS = 3;

// The change's reads asked for everything after it began beside other
// writers: it starts again alone.
struct ReadsEverything {};

std::optional<std::int64_t> stored_id(Sql& sql, const domain::RecordRef& ref) {
    std::optional<std::int64_t> id;
    domain::Dataset probe;
    domain::with_array(probe, ref.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        auto select =
            "SELECT id FROM " + sql_name(info.name) + " WHERE " + address_column<T>() + " = $1";
        bool by_id = domain::key_field_name<T>().empty();
        auto number = by_id ? parse_record_id(ref.key) : std::nullopt;
        if (by_id && !number) {
            return;
        }
        auto rows = by_id ? sql.run(select, *number) : sql.run(select, ref.key);
        if (!rows.empty()) {
            id = rows[0][0].template as<std::int64_t>();
        }
    });
    return id;
}

// Every stored record but those set aside, which go to `current` as
// stored now.
domain::Dataset read_all_but_set_aside(
    Sql& sql, const std::map<std::pair<std::string, std::string>, std::int64_t>& id_of,
    domain::Dataset& current) {
    std::map<std::string, std::vector<std::int64_t>> ids;
    auto stored = read_dataset(sql, nullptr, &ids);
    for (const auto& [address, stored_id] : id_of) {
        auto id = stored_id;  // a plain variable: clang 14 cannot capture a structured binding
        domain::with_array(stored, address.first, [&](domain::ArrayInfo info, auto& records) {
            auto& array_ids = ids[std::string(info.name)];
            auto at = std::find(array_ids.begin(), array_ids.end(), id);
            if (at != array_ids.end()) {
                auto record = records.begin() + (at - array_ids.begin());
                domain::with_array(current, info.name, [&](domain::ArrayInfo, auto& kept) {
                    if constexpr (std::is_same_v<decltype(kept), decltype(records)>) {
                        kept.push_back(*record);
                    }
                });
                records.erase(record);
                array_ids.erase(at);
            }
        });
    }
    return stored;
}

// The store's answers in the write's transaction, without the records set
// aside for the change.
class AnswersBesideSetAside final : public domain::StoredRecords {
public:
    AnswersBesideSetAside(Sql& sql, WriteLocks& locks,
                          const std::map<std::pair<std::string, std::string>, std::int64_t>& id_of)
        : m_sql(sql), m_locks(locks), m_id_of(id_of) {}

    domain::Dataset find(const domain::RecordRef& ref) override {
        m_locks.read_record(ref.array, ref.key);
        std::int64_t id = 0;
        auto found = find_record(m_sql, ref, &id);
        return is_set_aside(ref.array, id) ? domain::Dataset{} : found;
    }

    domain::Dataset matching(const domain::ListQuery& query) override {
        m_locks.read_array(query.array);
        return domain::every_page(
            query, [&](const domain::ListQuery& asked) { return list_records(m_sql, asked); },
            [&](const std::string& array, std::int64_t id) { return is_set_aside(array, id); });
    }

    domain::Dataset beginning_with(const std::string& array, const std::string& field,
                                   const std::string& prefix,
                                   const std::function<bool(const std::string&)>& keep) override {
        m_locks.read_array(array);
        auto found = records_beginning_with(m_sql, array, field, prefix, keep);
        domain::Dataset kept;
        domain::append_unskipped(
            kept, array, found,
            [&](const std::string& named, std::int64_t id) { return is_set_aside(named, id); });
        return kept;
    }

    domain::Dataset naming(const std::string& array, const std::vector<std::string>& fields,
                           const std::string& key, bool beneath) override {
        m_locks.read_array(array);
        auto found = records_naming(m_sql, array, fields, key, beneath);
        domain::Dataset kept;
        domain::append_unskipped(
            kept, array, found,
            [&](const std::string& named, std::int64_t id) { return is_set_aside(named, id); });
        return kept;
    }

    domain::Dataset containing(const std::string& array, const std::string& field,
                               const std::string& key, bool beneath) override {
        m_locks.read_array(array);
        auto found = records_containing(m_sql, array, field, key, beneath);
        domain::Dataset kept;
        domain::append_unskipped(
            kept, array, found,
            [&](const std::string& named, std::int64_t id) { return is_set_aside(named, id); });
        return kept;
    }

private:
    bool is_set_aside(const std::string& array, std::int64_t id) const {
        for (const auto& [address, set_aside_id] : m_id_of) {
            if (address.first == array && set_aside_id == id) {
                return true;
            }
        }
        return false;
    }

    Sql& m_sql;
    WriteLocks& m_locks;
    const std::map<std::pair<std::string, std::string>, std::int64_t>& m_id_of;
};

}  // namespace

common::Result<std::vector<std::int64_t>> PostgresStore::write_change(
    const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
    const domain::ChangeReads& reads) {
    // A write that cannot say what it reads runs alone from the start.
    bool alone = !reads;
    for (int attempt = 1;; ++attempt) {
        try {
            return write_once(set_aside, plan, reads, alone);
        } catch (const ReadsEverything&) {
            alone = true;  // not a refusal: does not count as a try
            --attempt;
        } catch (const pqxx::deadlock_detected& error) {
            if (attempt == WRITE_ATTEMPTS) {
                throw domain::StoreBusy(error.what());
            }
            alone = true;
        }
    }
}

common::Result<std::vector<std::int64_t>> PostgresStore::write_once(
    const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
    const domain::ChangeReads& reads, bool alone) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    WriteLocks locks(sql, alone);
    locks.write_records(set_aside);
    std::map<std::pair<std::string, std::string>, std::int64_t> id_of;
    common::FieldErrors missing;
    for (const auto& ref : set_aside) {
        if (auto id = stored_id(sql, ref)) {
            id_of[{ref.array, ref.key}] = *id;
        } else {
            missing.push_back(
                common::FieldError{ref.key, "registro_inexistente",
                                   common::message("registro_inexistente", {ref.array, ref.key})});
        }
    }
    if (!missing.empty()) {
        return missing;  // the transaction rolls back
    }
    domain::Dataset stored;
    domain::Dataset current;  // the set-aside records, as stored now
    std::optional<domain::Dataset> around;
    if (reads) {
        for (const auto& ref : set_aside) {
            domain::append(current, find_record(sql, ref));
        }
        AnswersBesideSetAside answers(sql, locks, id_of);
        around = reads(answers, current);
    }
    if (around) {
        stored = std::move(*around);
    } else if (!locks.alone()) {
        throw ReadsEverything{};  // the transaction rolls back
    } else {
        current = {};
        stored = read_all_but_set_aside(sql, id_of, current);
    }
    auto decided = plan(stored, current);
    if (!decided) {
        return std::move(decided).error();  // the transaction rolls back
    }
    locks.write(*decided);
    auto id_for = [&](const domain::RecordRef& ref) {
        auto found = id_of.find({ref.array, ref.key});
        return found == id_of.end() ? stored_id(sql, ref) : found->second;
    };
    for (const auto& ref : decided->removed) {
        if (auto id = id_for(ref)) {
            domain::with_array(stored, ref.array, [&](domain::ArrayInfo info, auto&) {
                sql.run("DELETE FROM " + sql_name(info.name) + " WHERE id = $1", *id);
            });
        }
    }
    for (const auto& replacement : decided->replaced) {
        auto id = id_for(replacement.ref);
        domain::with_array(replacement.record, replacement.ref.array,
                           [&](domain::ArrayInfo info, const auto& records) {
                               if (id && records.size() == 1) {
                                   update_record(sql, info.name, *id, records.front());
                               }
                           });
    }
    if (decided->inserted.institution) {
        sql.run(
            "INSERT INTO institution (id, name, acronym) VALUES (1, $1, $2) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym",
            decided->inserted.institution->name, decided->inserted.institution->acronym);
    }
    std::vector<std::int64_t> inserted_ids;
    std::map<std::string, std::vector<std::int64_t>, std::less<>> ids_by_array;
    domain::for_each_array(decided->inserted, [&](domain::ArrayInfo info, const auto& records) {
        auto array_ids = insert_records(sql, info.name, records);
        inserted_ids.insert(inserted_ids.end(), array_ids.begin(), array_ids.end());
        ids_by_array[std::string(info.name)] = std::move(array_ids);
    });
    // An entry without a key, for an array of keyless records, names the
    // record inserted in its turn: the first such entry the first record.
    std::map<std::string, std::size_t, std::less<>> numbered;
    for (auto entry : decided->audit) {
        auto array_ids = ids_by_array.find(entry.array);
        if (entry.key.empty() && array_ids != ids_by_array.end()) {
            auto& next = numbered[entry.array];
            if (next < array_ids->second.size()) {
                entry.key = std::to_string(array_ids->second[next++]);
            }
        }
        append_audit(sql, entry);
    }
    commit(transaction);
    return inserted_ids;
}

std::vector<domain::AuditRow> PostgresStore::audit(const domain::AuditQuery& query) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto text_or_null = [](const std::string& value) {
        return value.empty() ? std::nullopt : std::optional(value);
    };
    // Empty filters are NULL, so one prepared statement serves every query;
    // dates are compared on the UTC day, as the log shows them.
    auto rows = sql.run(
        "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), actor, "
        "action, \"array\", key, COALESCE(before, ''), COALESCE(after, '') FROM audit_log "
        "WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR \"array\" = $2) "
        "AND ($3::text IS NULL OR key = $3) "
        "AND ($4::text IS NULL OR to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') >= $4) "
        "AND ($5::text IS NULL OR to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') <= $5) "
        "AND ($6::bigint = 0 OR id < $6) ORDER BY id DESC LIMIT $7",
        text_or_null(query.actor), text_or_null(query.array), text_or_null(query.key),
        text_or_null(query.from), text_or_null(query.to), query.before_id,
        static_cast<std::int64_t>(query.limit));
    std::vector<domain::AuditRow> result;
    for (const auto& row : rows) {
        result.push_back(domain::AuditRow{
            row[0].as<std::int64_t>(), row[1].as<std::string>(),
            domain::AuditEntry{row[2].as<std::string>(), row[3].as<std::string>(),
                               row[4].as<std::string>(), row[5].as<std::string>(),
                               row[6].as<std::string>(), row[7].as<std::string>()}});
    }
    return result;
}

}  // namespace vincula::storage::postgres
