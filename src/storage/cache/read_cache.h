#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/accounts.h"
#include "domain/dataset.h"
#include "domain/signed_count.h"
#include "domain/store.h"

namespace vincula::storage::cache {

// Tells whether anything may have been committed to a database since an
// earlier look, by this process or another. Each store has its own: SQLite
// watches its files (sqlite::ChangeWatch), PostgreSQL listens for the
// notices its tables' triggers send (postgres::ChangeListener).
class ChangeSignal {
public:
    virtual ~ChangeSignal() = default;
    // A number that grows with every change seen since the previous call:
    // equal numbers mean nothing was committed in between. nullopt when
    // changes cannot be seen now (then nothing may be cached).
    virtual std::optional<std::uint64_t> generation() = 0;
    // This process has just committed a change: the next generation() must
    // be a new one, even before the change is heard of the usual way.
    virtual void changed_here() {}
};

// What a store's find returned for a key: the record (or nothing) and its id.
struct FoundRecord {
    domain::Dataset found;
    std::int64_t id = 0;
};

// The answers to the API's most repeated reads (a record by key, a page of
// a list, the user behind an API token), kept in memory and shared by every connection a
// process has open on one file. An answer is served only while the file's
// ChangeWatch reports the same generation it was read at: any commit, by
// this process or another, empties the cache before the next read. Reading
// a record by key then costs no transaction: with SQLite its file locks
// were most of its price, with PostgreSQL the round trips.
class ReadCache {
public:
    // The cache of the database named `name` (a canonical file path, a
    // connection string), made on first use with the signal `make_signal`
    // gives, and released with the last connection that holds it.
    static std::shared_ptr<ReadCache> shared(
        const std::string& name, const std::function<std::unique_ptr<ChangeSignal>()>& make_signal);

    explicit ReadCache(std::unique_ptr<ChangeSignal> signal) : m_signal(std::move(signal)) {}

    // The generation to read at now (see ChangeSignal); nullopt: don't cache.
    std::optional<std::uint64_t> generation() { return m_signal->generation(); }
    // After a commit of this process (see ChangeSignal::changed_here).
    void changed_here() { m_signal->changed_here(); }

    std::optional<FoundRecord> record(const std::string& array, const std::string& key,
                                      std::uint64_t generation);
    void keep_record(const std::string& array, const std::string& key, std::uint64_t generation,
                     FoundRecord found);

    // A page of a list, by the whole query that asked for it (list_key).
    std::optional<domain::Page> page(const std::string& query_key, std::uint64_t generation);
    void keep_page(const std::string& query_key, std::uint64_t generation, domain::Page page);

    // Counts over a whole array: a tally by the whole query and field
    // (tally_key), the register's convenios signed in a span (by its days).
    std::optional<std::map<std::string, std::size_t>> tally(const std::string& tally_key,
                                                            std::uint64_t generation);
    void keep_tally(const std::string& tally_key, std::uint64_t generation,
                    std::map<std::string, std::size_t> tally);
    std::optional<domain::RecordCount> signed_count(const std::string& span_key,
                                                    std::uint64_t generation);
    void keep_signed_count(const std::string& span_key, std::uint64_t generation,
                           domain::RecordCount count);

    // The user of a token hash; the inner nullopt is «no such token», which
    // is kept too, so guessing tokens does not reach the database each time.
    std::optional<std::optional<domain::User>> user_of_token(const std::string& token_hash,
                                                             std::uint64_t generation);
    void keep_user_of_token(const std::string& token_hash, std::uint64_t generation,
                            std::optional<domain::User> user);

    // Bounds on memory: a full shelf starts again empty. In the benchmark
    // 10 000 convenios by key took about 15 MB, so the whole shelf of
    // records stays near 30 MB; a page of 50 convenios takes about 75 KB.
    static constexpr std::size_t MAXIMUM_RECORDS = 20000;
    static constexpr std::size_t MAXIMUM_PAGES = 128;
    static constexpr std::size_t MAXIMUM_TOKENS = 1000;
    static constexpr std::size_t MAXIMUM_COUNTS = 256;

private:
    template <class Value>
    struct Shelf {
        std::size_t capacity;
        std::unordered_map<std::string, Value> entries;
    };

    // Entries are all of one generation: a later one discards them.
    // Returns whether entries of `generation` belong here now.
    bool at(std::uint64_t generation);
    template <class Value>
    std::optional<Value> look_up(Shelf<Value>& shelf, const std::string& key,
                                 std::uint64_t generation);
    template <class Value>
    void keep(Shelf<Value>& shelf, const std::string& key, std::uint64_t generation, Value value);

    std::unique_ptr<ChangeSignal> m_signal;
    std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    Shelf<FoundRecord> m_records{MAXIMUM_RECORDS, {}};  // by "array\nkey"
    Shelf<domain::Page> m_pages{MAXIMUM_PAGES, {}};
    Shelf<std::optional<domain::User>> m_tokens{MAXIMUM_TOKENS, {}};
    Shelf<std::map<std::string, std::size_t>> m_tallies{MAXIMUM_COUNTS, {}};
    Shelf<domain::RecordCount> m_signed{MAXIMUM_COUNTS, {}};
};

// A text that names a list query exactly: each part with its length, so no
// value can pass for another part.
std::string list_key(const domain::ListQuery& query);
// And a tally of one of its fields (its first `leading` characters).
std::string tally_key(const domain::ListQuery& query, const std::string& field,
                      std::size_t leading);

}  // namespace vincula::storage::cache
