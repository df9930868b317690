#include "storage/cache/read_cache.h"

#include <map>

namespace vincula::storage::cache {
namespace {

const std::string CONVENIOS = "convenios";
const std::string ORGANIZATIONS = "organizations";

}  // namespace

std::shared_ptr<ReadCache> ReadCache::shared(
    const std::string& name, const std::function<std::unique_ptr<ChangeSignal>()>& make_signal) {
    static std::mutex registry_mutex;
    static std::map<std::string, std::weak_ptr<ReadCache>> registry;
    std::lock_guard lock(registry_mutex);
    std::erase_if(registry, [](const auto& entry) { return entry.second.expired(); });
    auto& slot = registry[name];
    if (auto shared = slot.lock()) {
        return shared;
    }
    auto made = std::make_shared<ReadCache>(make_signal());
    slot = made;
    return made;
}

std::optional<std::uint64_t> ReadCache::generation() {
    auto now = m_signal->generation();
    if (!now) {
        return std::nullopt;
    }
    std::lock_guard lock(m_mutex);
    if (*now > m_generation) {
        // The counts are read after the generation was seen and before
        // anything is read at it: a change they miss comes after, and makes
        // a later generation whose counts differ from these.
        move_to(*now, m_signal->change_counts());
    }
    return now;
}

bool ReadCache::at(std::uint64_t generation) {
    if (generation > m_generation) {
        // Not reached through generation(): what was read before it is
        // unknown, so nothing is kept.
        move_to(generation, std::nullopt);
    }
    return generation == m_generation;
}

void ReadCache::move_to(std::uint64_t generation,
                        std::optional<std::map<std::string, std::int64_t>> counts) {
    if (!counts || !m_counts) {
        m_records.forget_all();
        m_pages.forget_all();
        m_tokens.forget_all();
        m_tallies.forget_all();
        m_signed.forget_all();
    } else {
        for (const auto& [table, count] : *counts) {
            auto before = m_counts->find(table);
            if (before == m_counts->end() || before->second != count) {
                forget_group(group_of_table(table));
            }
        }
        for (const auto& [table, count] : *m_counts) {
            if (!counts->contains(table)) {
                forget_group(group_of_table(table));  // gone: its rows with it
            }
        }
    }
    m_counts = std::move(counts);
    m_generation = generation;
}

void ReadCache::forget_group(const std::string& group) {
    m_records.forget(group);
    m_pages.forget(group);
    m_tokens.forget(group);
    m_tallies.forget(group);
    m_signed.forget(group);
    // The register counts convenios by the sector of their first
    // counterpart, an organization's.
    if (group == ORGANIZATIONS) {
        m_signed.forget(CONVENIOS);
    }
}

template <class Value>
void ReadCache::Shelf<Value>::forget(const std::string& group) {
    auto found = groups.find(group);
    if (found != groups.end()) {
        size -= found->second.size();
        groups.erase(found);
    }
}

template <class Value>
void ReadCache::Shelf<Value>::forget_all() {
    groups.clear();
    size = 0;
}

template <class Value>
std::optional<Value> ReadCache::look_up(Shelf<Value>& shelf, const std::string& group,
                                        const std::string& key, std::uint64_t generation) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return std::nullopt;
    }
    auto answers = shelf.groups.find(group);
    if (answers == shelf.groups.end()) {
        return std::nullopt;
    }
    auto found = answers->second.find(key);
    if (found == answers->second.end()) {
        return std::nullopt;
    }
    return found->second;
}

template <class Value>
void ReadCache::keep(Shelf<Value>& shelf, const std::string& group, const std::string& key,
                     std::uint64_t generation, Value value) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return;  // read before a change others have already seen: stale
    }
    if (shelf.size >= shelf.capacity) {
        shelf.forget_all();
    }
    if (shelf.groups[group].insert_or_assign(key, std::move(value)).second) {
        ++shelf.size;
    }
}

std::optional<FoundRecord> ReadCache::record(const std::string& array, const std::string& key,
                                             std::uint64_t generation) {
    auto kept = look_up(m_records, array, key, generation);
    if (!kept) {
        return std::nullopt;
    }
    FoundRecord found;
    found.id = kept->id;
    if (kept->records) {
        domain::with_array(found.found, array, [&](domain::ArrayInfo, auto& records) {
            using Records = std::decay_t<decltype(records)>;
            records = *static_cast<const Records*>(kept->records.get());
        });
    }
    return found;
}

void ReadCache::keep_record(const std::string& array, const std::string& key,
                            std::uint64_t generation, FoundRecord found) {
    KeptRecord kept{found.id, nullptr};
    domain::with_array(found.found, array, [&](domain::ArrayInfo, auto& records) {
        using Records = std::decay_t<decltype(records)>;
        kept.records = std::make_shared<const Records>(std::move(records));
    });
    keep(m_records, array, key, generation, std::move(kept));
}

std::optional<domain::Page> ReadCache::page(const std::string& array, const std::string& query_key,
                                            std::uint64_t generation) {
    return look_up(m_pages, array, query_key, generation);
}

void ReadCache::keep_page(const std::string& array, const std::string& query_key,
                          std::uint64_t generation, domain::Page page) {
    keep(m_pages, array, query_key, generation, std::move(page));
}

std::optional<std::map<std::string, std::size_t>> ReadCache::tally(const std::string& array,
                                                                   const std::string& tally_key,
                                                                   std::uint64_t generation) {
    return look_up(m_tallies, array, tally_key, generation);
}

void ReadCache::keep_tally(const std::string& array, const std::string& tally_key,
                           std::uint64_t generation, std::map<std::string, std::size_t> tally) {
    keep(m_tallies, array, tally_key, generation, std::move(tally));
}

// The register's counts are of convenios.
std::optional<domain::RecordCount> ReadCache::signed_count(const std::string& span_key,
                                                           std::uint64_t generation) {
    return look_up(m_signed, CONVENIOS, span_key, generation);
}

void ReadCache::keep_signed_count(const std::string& span_key, std::uint64_t generation,
                                  domain::RecordCount count) {
    keep(m_signed, CONVENIOS, span_key, generation, std::move(count));
}

std::optional<std::optional<domain::User>> ReadCache::user_of_token(const std::string& token_hash,
                                                                    std::uint64_t generation) {
    return look_up(m_tokens, std::string(ACCOUNTS), token_hash, generation);
}

void ReadCache::keep_user_of_token(const std::string& token_hash, std::uint64_t generation,
                                   std::optional<domain::User> user) {
    keep(m_tokens, std::string(ACCOUNTS), token_hash, generation, std::move(user));
}

std::string group_of_table(std::string_view table) {
    if (table == "programme_lines" || table == "programme_actions") {
        return "work_programmes";
    }
    if (table == "api_tokens") {
        return std::string(ACCOUNTS);  // the users table is already its name
    }
    return std::string(table.substr(0, table.find("__")));
}

std::string list_key(const domain::ListQuery& query) {
    std::string key;
    auto part = [&key](std::string_view text) {
        key.append(std::to_string(text.size())).append(1, ':').append(text);
    };
    part(query.array);
    for (const auto& [field, value] : query.equal) {
        part(field);
        part(value);
    }
    part(query.sort);
    part(query.order == domain::SortOrder::Descending ? "-" : "+");
    part(query.absent_last ? "z" : "a");
    part(std::to_string(query.limit));
    part(query.after);
    return key;
}

std::string tally_key(const domain::ListQuery& query, const std::string& field,
                      std::size_t leading) {
    return list_key(query) + std::to_string(field.size()) + ":" + field + ":" +
           std::to_string(leading);
}

}  // namespace vincula::storage::cache
