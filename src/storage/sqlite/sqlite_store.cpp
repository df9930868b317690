#include "storage/sqlite/sqlite_store.h"

#include <filesystem>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

#include "common/messages.h"
#include "domain/convenio_registry.h"
#include "storage/schema/scope_filters.h"
#include "storage/schema/signed_counts.h"
#include "storage/sqlite/change_watch.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/programme_tables.h"
#include "storage/sqlite/record_rows.h"

namespace vincula::storage::sqlite {
namespace {

// Binds the scope's named parameters a statement uses.
void bind_scope(SQLite::Statement& statement, const Scope* scope) {
    if (scope == nullptr) {
        return;
    }
    for (const auto& [name, value] :
         {std::pair<const char*, std::string>{":commission", scope->commission},
          {":from", scope->period.from().to_iso()},
          {":to", scope->period.to().to_iso()}}) {
        if (statement.getIndex(name) != 0) {
            statement.bind(name, value);
        }
    }
}

// Every record of `array`, or, given a scope, those its filter picks. The
// statements are the connection's prepared ones (a report reads some sixty
// of them each time), and a scoped read finds the list values by the ids it
// has read rather than by running the scope's filter once more per list.
template <domain::Record T>
void load_records(StatementCache& cache, std::string_view array, std::vector<T>& records,
                  const Scope* scope = nullptr) {
    const auto& names = column_names<T>();
    std::string where;
    if (scope != nullptr) {
        if (auto filter = schema::scope_filter(array); !filter.empty()) {
            where = " WHERE " + std::string(filter);
        }
    }
    std::string columns = "id";
    for (const auto& column : names.columns) {
        columns += ", " + sql_name(column);
    }
    auto& select =
        cache.get("SELECT " + columns + " FROM " + sql_name(array) + where + " ORDER BY id");
    StatementCache::Use use_select(select);
    bind_scope(select, scope);
    std::unordered_map<int64_t, std::size_t> index_of_id;
    // The ids read, as a JSON array for json_each: only a scoped read
    // needs them (an unscoped one reads every list value).
    bool scoped = !where.empty();
    std::string ids = "[";
    while (select.executeStep()) {
        T record{};
        RowReader reader(select, 1);
        T::describe(record, reader);
        auto id = select.getColumn(0).getInt64();
        index_of_id.emplace(id, records.size());
        if (scoped) {
            ids += (records.empty() ? "" : ",") + std::to_string(id);
        }
        records.push_back(std::move(record));
    }
    ids += "]";
    for (const auto& list : names.lists) {
        auto table = sql_name(list_table(array, list));
        auto& values = cache.get(
            "SELECT owner_id, value FROM " + table +
            (scoped ? " WHERE owner_id IN (SELECT value FROM json_each(?))" : std::string()) +
            " ORDER BY owner_id, position");
        StatementCache::Use use_values(values);
        if (scoped) {
            values.bind(1, ids);
        }
        while (values.executeStep()) {
            auto owner = index_of_id.find(values.getColumn(0).getInt64());
            if (owner == index_of_id.end()) {
                continue;
            }
            ListAccess access(list);
            T::describe(records[owner->second], access);
            access.found->push_back(values.getColumn(1).getString());
        }
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        std::vector<std::pair<int64_t, domain::WorkProgramme*>> owners;
        for (const auto& [id, index] : index_of_id) {
            owners.emplace_back(id, &records[index]);
        }
        load_programme_lines(cache.database(), owners);
    }
}

// The convenios signed in a span, counted by SQLite.
domain::RecordCount count_signed(StatementCache& cache, const std::optional<common::Date>& from,
                                 const common::Date& to) {
    auto& select = cache.get(schema::signed_count_select());
    StatementCache::Use use_select(select);
    select.bind(":from", schema::span_start(from));
    select.bind(":to", to.to_iso());
    domain::RecordCount count;
    while (select.executeStep()) {
        std::optional<std::string> sector;
        if (!select.getColumn(2).isNull()) {
            sector = select.getColumn(2).getString();
        }
        schema::add_signed_row(count, select.getColumn(0).getString(),
                               select.getColumn(1).getInt() == 1, sector,
                               select.getColumn(3).getInt64());
    }
    return count;
}

}  // namespace

common::Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                               OpenMode mode) {
    // Before SQLite's first use in the process: no count of the memory it
    // holds, which took one process-wide mutex on every allocation and made
    // the server's threads wait on each other. (Later, it has no effect.)
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)configured;
    if (mode == OpenMode::ExistingOnly && !std::filesystem::exists(path)) {
        return common::field_error("db", "base_no_inicializada", {path});
    }
    try {
        if (mode == OpenMode::CreateOrUpgrade) {
            auto parent = std::filesystem::path(path).parent_path();
            if (!parent.empty()) {
                std::filesystem::create_directories(parent);
            }
        }
        // No mutex of SQLite's own: a SqliteStore is used by one thread at
        // a time (the server's pool lends it for one request), and the
        // serialised mode took a lock and an unlock on every call.
        SQLite::Database database(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
        database.exec("PRAGMA journal_mode = WAL");
        database.exec("PRAGMA foreign_keys = ON");
        database.exec("PRAGMA synchronous = NORMAL");
        // A statement that fires a trigger (every write: change_counts.h)
        // keeps a statement journal; once it grew past 64 KiB it went to a
        // temporary file for the rest of the transaction, one pwrite() per
        // row written, and an import took 3.7 times as long.
        database.exec("PRAGMA temp_store = MEMORY");
        database.setBusyTimeout(BUSY_TIMEOUT_MS);
        std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(database)));
        std::error_code ignored;
        auto canonical = std::filesystem::weakly_canonical(path, ignored).string();
        store->m_read_cache = cache::ReadCache::shared(
            canonical, [&canonical] { return std::make_unique<ChangeWatch>(canonical); });
        if (mode == OpenMode::ExistingOnly && store->schema_version() == 0) {
            return common::field_error("db", "base_no_inicializada", {path});
        }
        if (auto migrated = migrate(store->m_database); !migrated) {
            return std::move(migrated).error();
        }
        return store;
    } catch (const std::exception& error) {
        return common::field_error("db", "base_de_datos", {path, error.what()});
    }
}

int SqliteStore::schema_version() {
    return sqlite::schema_version(m_database);
}

domain::Dataset SqliteStore::load() {
    // One read transaction: a consistent snapshot even while others write.
    ReadTransaction snapshot(m_cache, m_database);
    return load_in_transaction();
}

domain::Dataset SqliteStore::load_scope(const std::string& commission,
                                        const domain::Period& period) {
    auto generation = cache_generation();
    ReadTransaction snapshot(m_cache, m_database);
    Scope scope{commission, period};
    auto data = load_in_transaction(&scope);
    // The register's spans are counted, not read: the scope holds only the
    // convenios its period prints. Kept until the next change, as they
    // count over the whole institute.
    for (const auto& [from, to] : domain::register_spans(data, period.to())) {
        auto key = (from ? from->to_iso() : std::string()) + "\n" + to.to_iso();
        std::optional<domain::RecordCount> count;
        if (generation) {
            count = m_read_cache->signed_count(key, *generation);
        }
        if (!count) {
            count = count_signed(m_cache, from, to);
            if (generation) {
                m_read_cache->keep_signed_count(key, *generation, *count);
            }
        }
        data.signed_spans.push_back({from, to, std::move(*count)});
    }
    return data;
}

domain::Dataset SqliteStore::load_in_transaction(const Scope* scope) {
    domain::Dataset data;
    SQLite::Statement institution(m_database, "SELECT name, acronym FROM institution WHERE id = 1");
    if (institution.executeStep()) {
        data.institution = domain::Institution{institution.getColumn(0).getString(),
                                               institution.getColumn(1).getString()};
    }
    domain::for_each_array(data, [&](domain::ArrayInfo info, auto& records) {
        load_records(m_cache, info.name, records, scope);
    });
    return data;
}

namespace {

// Ends the store's snapshot when the request is done with it.
class SnapshotHold final : public domain::ReadSnapshot {
public:
    explicit SnapshotHold(std::unique_ptr<ReadTransaction>& slot) : m_slot(slot) {}
    ~SnapshotHold() override { m_slot.reset(); }
    SnapshotHold(const SnapshotHold&) = delete;
    SnapshotHold& operator=(const SnapshotHold&) = delete;

private:
    std::unique_ptr<ReadTransaction>& m_slot;
};

}  // namespace

std::unique_ptr<domain::ReadSnapshot> SqliteStore::read_snapshot() {
    if (m_snapshot || sqlite3_get_autocommit(m_database.getHandle()) == 0) {
        // Already inside one (or inside a write): that one holds the view.
        return std::make_unique<domain::ReadSnapshot>();
    }
    // BEGIN is deferred: nothing is locked or read until the first read,
    // and none at all when the cache answers every read of the request.
    m_snapshot_generation = m_read_cache ? m_read_cache->generation() : std::nullopt;
    m_snapshot = std::make_unique<ReadTransaction>(m_cache, m_database);
    return std::make_unique<SnapshotHold>(m_snapshot);
}

std::optional<std::uint64_t> SqliteStore::cache_generation() {
    if (!m_read_cache) {
        return std::nullopt;
    }
    if (m_snapshot && m_snapshot->is_open()) {
        return m_snapshot_generation;
    }
    if (sqlite3_get_autocommit(m_database.getHandle()) == 0) {
        return std::nullopt;
    }
    return m_read_cache->generation();
}

void SqliteStore::end_snapshot() {
    if (m_snapshot) {
        m_snapshot->end();
    }
}

std::vector<std::pair<std::string, std::size_t>> SqliteStore::counts() {
    std::vector<std::pair<std::string, std::size_t>> result;
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, auto&) {
        SQLite::Statement count(m_database, "SELECT COUNT(*) FROM " + sql_name(info.name));
        count.executeStep();
        result.emplace_back(std::string(info.name),
                            static_cast<std::size_t>(count.getColumn(0).getInt64()));
    });
    return result;
}

}  // namespace vincula::storage::sqlite
