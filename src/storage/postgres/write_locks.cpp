#include "storage/postgres/write_locks.h"

#include <algorithm>

#include "domain/key_index.h"

namespace vincula::storage::postgres {
namespace {

// Lock names are hashed to PostgreSQL's 64-bit advisory keys; the prefix
// keeps them apart from the store's other advisory locks (a collision
// would only make two writes take turns).
const std::string EVERY_WRITE = "vincula/escrituras";

std::string record_lock(const std::string& array, const std::string& key) {
    return "vincula/registro/" + array + "/" + key;
}

std::string array_lock(const std::string& array) {
    return "vincula/arreglo/" + array;
}

// `names` as a text[] literal: {"a","b\"c"}.
std::string text_array(const std::vector<std::string>& names) {
    std::string literal = "{";
    for (const auto& name : names) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += '"';
        for (char c : name) {
            if (c == '"' || c == '\\') {
                literal += '\\';
            }
            literal += c;
        }
        literal += '"';
    }
    return literal + "}";
}

}  // namespace

WriteLocks::WriteLocks(Sql& sql, bool alone) : m_sql(sql), m_alone(alone) {
    if (alone) {
        take({}, {EVERY_WRITE});
    }
    // Beside others, «every write» is taken with the first record or array
    // the write reads or writes: one statement fewer.
}

void WriteLocks::read_record(const std::string& array, const std::string& key) {
    if (!m_alone) {
        take({record_lock(array, key)}, {});
    }
}

void WriteLocks::read_array(const std::string& array) {
    if (!m_alone) {
        take({}, {array_lock(array)});
    }
}

void WriteLocks::write_records(const std::vector<domain::RecordRef>& refs) {
    if (m_alone) {
        return;
    }
    std::vector<std::string> names;
    for (const auto& ref : refs) {
        names.push_back(record_lock(ref.array, ref.key));
    }
    take({}, std::move(names));
}

void WriteLocks::write(const domain::Write& decided) {
    if (m_alone) {
        return;
    }
    std::vector<std::string> arrays;
    std::vector<std::string> records;
    for (const auto& ref : decided.removed) {
        arrays.push_back(array_lock(ref.array));
        records.push_back(record_lock(ref.array, ref.key));
    }
    for (const auto& replacement : decided.replaced) {
        arrays.push_back(array_lock(replacement.ref.array));
        records.push_back(record_lock(replacement.ref.array, replacement.ref.key));
        // A replacement may give the record another key: that one is taken too.
        domain::for_each_array(replacement.record, [&](domain::ArrayInfo info, const auto& kept) {
            for (const auto& record : kept) {
                if (auto key = domain::record_key(record); !key.empty()) {
                    records.push_back(record_lock(std::string(info.name), key));
                }
            }
        });
    }
    domain::for_each_array(decided.inserted, [&](domain::ArrayInfo info, const auto& inserted) {
        if (inserted.empty()) {
            return;
        }
        arrays.push_back(array_lock(std::string(info.name)));
        for (const auto& record : inserted) {
            if (auto key = domain::record_key(record); !key.empty()) {
                records.push_back(record_lock(std::string(info.name), key));
            }
        }
    });
    if (decided.inserted.institution) {
        records.push_back(record_lock("institution", "1"));
    }
    take(std::move(arrays), std::move(records));
}

void WriteLocks::take(std::vector<std::string> shared, std::vector<std::string> exclusive) {
    if (shared.empty() && exclusive.empty()) {
        return;
    }
    if (!m_alone && m_exclusive.empty() && m_shared.empty()) {
        shared.push_back(EVERY_WRITE);
    }
    // In one order, so two writes taking several locks at once do not each
    // hold what the other waits for; what is held already is not asked again.
    auto keep_new = [&](std::vector<std::string>& names, const std::set<std::string>& held) {
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        std::erase_if(names, [&](const std::string& name) {
            return m_exclusive.count(name) > 0 || held.count(name) > 0;
        });
    };
    keep_new(shared, m_shared);
    keep_new(exclusive, m_exclusive);
    if (shared.empty() && exclusive.empty()) {
        return;
    }
    // One round trip: the shared ones, then the exclusive ones.
    m_sql.run(
        "SELECT (SELECT count(pg_advisory_xact_lock_shared(hashtextextended(name, 0))) "
        "FROM unnest($1::text[]) AS name), "
        "(SELECT count(pg_advisory_xact_lock(hashtextextended(name, 0))) "
        "FROM unnest($2::text[]) AS name)",
        text_array(shared), text_array(exclusive));
    m_shared.insert(shared.begin(), shared.end());
    m_exclusive.insert(exclusive.begin(), exclusive.end());
}

}  // namespace vincula::storage::postgres
