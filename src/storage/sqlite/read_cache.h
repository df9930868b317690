#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/accounts.h"
#include "domain/dataset.h"
#include "storage/sqlite/change_watch.h"

namespace vincula::storage::sqlite {

// What SqliteStore::find returned for a key: the record (or nothing) and its id.
struct FoundRecord {
    domain::Dataset found;
    std::int64_t id = 0;
};

// The answers to the API's most repeated reads (a record by key, the user
// behind an API token), kept in memory and shared by every connection a
// process has open on one file. An answer is served only while the file's
// ChangeWatch reports the same generation it was read at: any commit, by
// this process or another, empties the cache before the next read. Reading
// a record by key then costs no SQLite transaction, whose file locks were
// most of its price.
class ReadCache {
public:
    // The cache of the file at `path`, made on first use and released with
    // the last connection that holds it.
    static std::shared_ptr<ReadCache> for_file(const std::string& path);

    explicit ReadCache(const std::string& path) : m_watch(path) {}

    // The generation to read at now (see ChangeWatch); nullopt: don't cache.
    std::optional<std::uint64_t> generation() { return m_watch.generation(); }

    std::optional<FoundRecord> record(const std::string& array, const std::string& key,
                                      std::uint64_t generation);
    void keep_record(const std::string& array, const std::string& key, std::uint64_t generation,
                     FoundRecord found);

    // The user of a token hash; the inner nullopt is «no such token», which
    // is kept too, so guessing tokens does not reach the database each time.
    std::optional<std::optional<domain::User>> user_of_token(const std::string& token_hash,
                                                             std::uint64_t generation);
    void keep_user_of_token(const std::string& token_hash, std::uint64_t generation,
                            std::optional<domain::User> user);

    // Bounds on memory: when full, the cache starts again empty. 20 000
    // records (the API's by-key working set of a large institute) take
    // about 30 MB.
    static constexpr std::size_t MAXIMUM_RECORDS = 20000;
    static constexpr std::size_t MAXIMUM_TOKENS = 1000;

private:
    // Entries are all of one generation: a later one discards them.
    // Returns whether entries of `generation` belong here now.
    bool at(std::uint64_t generation);

    ChangeWatch m_watch;
    std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    std::unordered_map<std::string, FoundRecord> m_records;  // "array\nkey"
    std::unordered_map<std::string, std::optional<domain::User>> m_tokens;
};

}  // namespace vincula::storage::sqlite
