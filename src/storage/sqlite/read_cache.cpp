#include "storage/sqlite/read_cache.h"

#include <filesystem>
#include <map>

namespace vincula::storage::sqlite {
namespace {

std::string record_key(const std::string& array, const std::string& key) {
    std::string joined;
    joined.reserve(array.size() + 1 + key.size());
    joined.append(array).append(1, '\n').append(key);
    return joined;
}

}  // namespace

std::shared_ptr<ReadCache> ReadCache::for_file(const std::string& path) {
    static std::mutex registry_mutex;
    static std::map<std::string, std::weak_ptr<ReadCache>> registry;
    std::error_code ignored;
    auto name = std::filesystem::weakly_canonical(path, ignored).string();
    std::lock_guard lock(registry_mutex);
    auto& slot = registry[name];
    if (auto shared = slot.lock()) {
        return shared;
    }
    auto made = std::make_shared<ReadCache>(name);
    slot = made;
    return made;
}

bool ReadCache::at(std::uint64_t generation) {
    if (generation > m_generation) {
        m_records.clear();
        m_tokens.clear();
        m_generation = generation;
    }
    return generation == m_generation;
}

std::optional<FoundRecord> ReadCache::record(const std::string& array, const std::string& key,
                                             std::uint64_t generation) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return std::nullopt;
    }
    auto found = m_records.find(record_key(array, key));
    if (found == m_records.end()) {
        return std::nullopt;
    }
    return found->second;
}

void ReadCache::keep_record(const std::string& array, const std::string& key,
                            std::uint64_t generation, FoundRecord found) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return;  // read before a change others have already seen: stale
    }
    if (m_records.size() >= MAXIMUM_RECORDS) {
        m_records.clear();
    }
    m_records.insert_or_assign(record_key(array, key), std::move(found));
}

std::optional<std::optional<domain::User>> ReadCache::user_of_token(const std::string& token_hash,
                                                                    std::uint64_t generation) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return std::nullopt;
    }
    auto found = m_tokens.find(token_hash);
    if (found == m_tokens.end()) {
        return std::nullopt;
    }
    return found->second;
}

void ReadCache::keep_user_of_token(const std::string& token_hash, std::uint64_t generation,
                                   std::optional<domain::User> user) {
    std::lock_guard lock(m_mutex);
    if (!at(generation)) {
        return;
    }
    if (m_tokens.size() >= MAXIMUM_TOKENS) {
        m_tokens.clear();
    }
    m_tokens.insert_or_assign(token_hash, std::move(user));
}

}  // namespace vincula::storage::sqlite
