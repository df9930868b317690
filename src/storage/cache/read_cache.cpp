#include "storage/cache/read_cache.h"

#include <map>

namespace vincula::storage::cache {
namespace {

std::string record_key(const std::string& array, const std::string& key) {
    std::string joined;
    joined.reserve(array.size() + 1 + key.size());
    joined.append(array).append(1, '\n').append(key);
    return joined;
}

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

bool ReadCache::at(std::uint64_t generation) {
    if (generation > m_generation) {
        m_records.entries.clear();
        m_pages.entries.clear();
        m_tokens.entries.clear();
        m_tallies.entries.clear();
        m_signed.entries.clear();
        m_generation = generation;
    }
    return generation == m_generation;
}

template <class Value>
std::optional<Value> ReadCache::look_up(Shelf<Value>& shelf, const std::string& key,
                                        std::uint64_t generation) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return std::nullopt;
    }
    auto found = shelf.entries.find(key);
    if (found == shelf.entries.end()) {
        return std::nullopt;
    }
    return found->second;
}

template <class Value>
void ReadCache::keep(Shelf<Value>& shelf, const std::string& key, std::uint64_t generation,
                     Value value) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return;  // read before a change others have already seen: stale
    }
    if (shelf.entries.size() >= shelf.capacity) {
        shelf.entries.clear();
    }
    shelf.entries.insert_or_assign(key, std::move(value));
}

std::optional<FoundRecord> ReadCache::record(const std::string& array, const std::string& key,
                                             std::uint64_t generation) {
    return look_up(m_records, record_key(array, key), generation);
}

void ReadCache::keep_record(const std::string& array, const std::string& key,
                            std::uint64_t generation, FoundRecord found) {
    keep(m_records, record_key(array, key), generation, std::move(found));
}

std::optional<domain::Page> ReadCache::page(const std::string& query_key,
                                            std::uint64_t generation) {
    return look_up(m_pages, query_key, generation);
}

void ReadCache::keep_page(const std::string& query_key, std::uint64_t generation,
                          domain::Page page) {
    keep(m_pages, query_key, generation, std::move(page));
}

std::optional<std::map<std::string, std::size_t>> ReadCache::tally(const std::string& tally_key,
                                                                   std::uint64_t generation) {
    return look_up(m_tallies, tally_key, generation);
}

void ReadCache::keep_tally(const std::string& tally_key, std::uint64_t generation,
                           std::map<std::string, std::size_t> tally) {
    keep(m_tallies, tally_key, generation, std::move(tally));
}

std::optional<domain::RecordCount> ReadCache::signed_count(const std::string& span_key,
                                                           std::uint64_t generation) {
    return look_up(m_signed, span_key, generation);
}

void ReadCache::keep_signed_count(const std::string& span_key, std::uint64_t generation,
                                  domain::RecordCount count) {
    keep(m_signed, span_key, generation, std::move(count));
}

std::optional<std::optional<domain::User>> ReadCache::user_of_token(const std::string& token_hash,
                                                                    std::uint64_t generation) {
    return look_up(m_tokens, token_hash, generation);
}

void ReadCache::keep_user_of_token(const std::string& token_hash, std::uint64_t generation,
                                   std::optional<domain::User> user) {
    keep(m_tokens, token_hash, generation, std::move(user));
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
