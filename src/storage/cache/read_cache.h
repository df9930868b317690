#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
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
    // How many rows of each table have been written, as the database counts
    // them now. With these the cache forgets, at a new generation, only the
    // answers read from tables whose count moved (a writer of people no
    // longer empties the cache of convenios). nullopt when the database
    // does not count or cannot say now: then everything is forgotten.
    virtual std::optional<std::map<std::string, std::int64_t>> change_counts() {
        return std::nullopt;
    }
};

// What a store's find returned for a key: the record (or nothing) and its id.
struct FoundRecord {
    domain::Dataset found;
    std::int64_t id = 0;
};

// The answers to the API's most repeated reads (a record by key, a page of
// a list, the user behind an API token), kept in memory and shared by every
// connection a process has open on one file. An answer is served only at
// the generation it was read at (see ChangeSignal): any commit, by this
// process or another, makes a new one before the next read, and the answers
// read from the tables it wrote are forgotten (all of them, when the store
// does not count its changes). Reading a record by key then costs no
// transaction: with SQLite its file locks were most of its price, with
// PostgreSQL the round trips.
class ReadCache {
public:
    // The cache of the database named `name` (a canonical file path, a
    // connection string), made on first use with the signal `make_signal`
    // gives, and released with the last connection that holds it.
    static std::shared_ptr<ReadCache> shared(
        const std::string& name, const std::function<std::unique_ptr<ChangeSignal>()>& make_signal);

    explicit ReadCache(std::unique_ptr<ChangeSignal> signal) : m_signal(std::move(signal)) {}

    // The generation to read at now (see ChangeSignal); nullopt: don't cache.
    // A new generation first forgets what the changes since the last one
    // made stale, so whatever is read after this call may be kept at it.
    std::optional<std::uint64_t> generation();
    // After a commit of this process (see ChangeSignal::changed_here).
    void changed_here() { m_signal->changed_here(); }

    std::optional<FoundRecord> record(const std::string& array, const std::string& key,
                                      std::uint64_t generation);
    void keep_record(const std::string& array, const std::string& key, std::uint64_t generation,
                     FoundRecord found);

    // A page of a list of `array`, by the whole query that asked for it
    // (list_key).
    std::optional<domain::Page> page(const std::string& array, const std::string& query_key,
                                     std::uint64_t generation);
    void keep_page(const std::string& array, const std::string& query_key, std::uint64_t generation,
                   domain::Page page);

    // Counts over a whole array: a tally by the whole query and field
    // (tally_key), the register's convenios signed in a span (by its days).
    std::optional<std::map<std::string, std::size_t>> tally(const std::string& array,
                                                            const std::string& tally_key,
                                                            std::uint64_t generation);
    void keep_tally(const std::string& array, const std::string& tally_key,
                    std::uint64_t generation, std::map<std::string, std::size_t> tally);
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

    // Bounds on memory: a full shelf starts again empty. A convenio kept by
    // key takes about 0.8 KB (its own array only, see KeptRecord), so the
    // whole shelf of records stays near 16 MB; a page of 50 convenios takes
    // about 75 KB.
    static constexpr std::size_t MAXIMUM_RECORDS = 20000;
    static constexpr std::size_t MAXIMUM_PAGES = 128;
    static constexpr std::size_t MAXIMUM_TOKENS = 1000;
    static constexpr std::size_t MAXIMUM_COUNTS = 256;

private:
    // A found record as the shelf keeps it: only the array its key names (an
    // empty Dataset alone weighs about 1 KB, more than most records, and it
    // made the cache of 10 000 convenios take 18 MB). `records` is that
    // array's vector, of the type with_array gives for the key's array name;
    // null when the array is unknown.
    struct KeptRecord {
        std::int64_t id = 0;
        std::shared_ptr<const void> records;
    };

    // Answers by the array they were read from (their group), then by key.
    template <class Value>
    struct Shelf {
        explicit Shelf(std::size_t most) : capacity(most) {}

        std::size_t capacity;
        std::size_t size = 0;
        std::unordered_map<std::string, std::unordered_map<std::string, Value>> groups;

        void forget(const std::string& group);
        void forget_all();
    };

    // Entries are all of one generation: a later one forgets what changed.
    // Returns whether entries of `generation` belong here now.
    bool at(std::uint64_t generation);
    // Moves to `generation`, forgetting the groups whose tables' counts
    // moved since the last move (everything when `counts` or the last ones
    // are unknown).
    void move_to(std::uint64_t generation,
                 std::optional<std::map<std::string, std::int64_t>> counts);
    void forget_group(const std::string& group);
    template <class Value>
    std::optional<Value> look_up(Shelf<Value>& shelf, const std::string& group,
                                 const std::string& key, std::uint64_t generation);
    template <class Value>
    void keep(Shelf<Value>& shelf, const std::string& group, const std::string& key,
              std::uint64_t generation, Value value);

    std::unique_ptr<ChangeSignal> m_signal;
    std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    // The counts m_generation was reached with; nullopt: unknown.
    std::optional<std::map<std::string, std::int64_t>> m_counts;
    Shelf<KeptRecord> m_records{MAXIMUM_RECORDS};
    Shelf<domain::Page> m_pages{MAXIMUM_PAGES};
    Shelf<std::optional<domain::User>> m_tokens{MAXIMUM_TOKENS};
    Shelf<std::map<std::string, std::size_t>> m_tallies{MAXIMUM_COUNTS};
    Shelf<domain::RecordCount> m_signed{MAXIMUM_COUNTS};
};

// The group of answers a table's rows are read into: the array of the
// bundle it holds (its lists, «convenios__counterparts», and the lines and
// actions of work programmes belong to theirs), ACCOUNTS for users and
// their tokens; any other table (the audit log, the outbox) to a group of
// its own name, which no answer is kept in.
std::string group_of_table(std::string_view table);
inline constexpr std::string_view ACCOUNTS = "users";

// A text that names a list query exactly: each part with its length, so no
// value can pass for another part.
std::string list_key(const domain::ListQuery& query);
// And a tally of one of its fields (its first `leading` characters).
std::string tally_key(const domain::ListQuery& query, const std::string& field,
                      std::size_t leading);

}  // namespace vincula::storage::cache
