#include "storage/sqlite/sqlite_store.h"

#include <filesystem>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/messages.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/programme_tables.h"
#include "storage/sqlite/row_mapping.h"
#include "storage/sqlite/scope_filters.h"

namespace vincula::storage::sqlite {
namespace {

std::string quoted(const std::string& identifier) {
    return "\"" + identifier + "\"";
}

std::string list_table(std::string_view array, const std::string& field) {
    return std::string(array) + "__" + field;
}

template <domain::Record T>
void insert_records(SQLite::Database& database, std::string_view array,
                    const std::vector<T>& records) {
    if (records.empty()) {
        return;
    }
    auto names = column_names<T>();
    std::string columns;
    std::string placeholders;
    for (const auto& column : names.columns) {
        columns += (columns.empty() ? "" : ", ") + quoted(column);
        placeholders += placeholders.empty() ? "?" : ", ?";
    }
    SQLite::Statement insert(database, "INSERT INTO " + quoted(std::string(array)) + " (" +
                                           columns + ") VALUES (" + placeholders + ")");
    std::vector<std::unique_ptr<SQLite::Statement>> list_inserts;
    for (const auto& list : names.lists) {
        list_inserts.push_back(std::make_unique<SQLite::Statement>(
            database, "INSERT INTO " + quoted(list_table(array, list)) +
                          " (owner_id, position, value) VALUES (?, ?, ?)"));
    }
    for (const auto& record : records) {
        RowBinder binder(insert);
        T::describe(record, binder);
        insert.exec();
        insert.reset();
        auto owner_id = database.getLastInsertRowid();
        for (std::size_t l = 0; l < names.lists.size(); ++l) {
            ListAccess access(names.lists[l]);
            T::describe(record, access);
            auto& statement = *list_inserts[l];
            for (std::size_t position = 0; position < access.const_found->size(); ++position) {
                statement.bind(1, static_cast<int64_t>(owner_id));
                statement.bind(2, static_cast<int64_t>(position));
                statement.bind(3, (*access.const_found)[position]);
                statement.exec();
                statement.reset();
            }
        }
        if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
            insert_programme_lines(database, owner_id, record);
        }
    }
}

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

// Every record of `array`, or, given a scope, those its filter picks.
template <domain::Record T>
void load_records(SQLite::Database& database, std::string_view array, std::vector<T>& records,
                  const Scope* scope = nullptr) {
    auto names = column_names<T>();
    std::string columns = "id";
    for (const auto& column : names.columns) {
        columns += ", " + quoted(column);
    }
    std::string where;
    if (scope != nullptr) {
        if (auto filter = scope_filter(array); !filter.empty()) {
            where = " WHERE " + std::string(filter);
        }
    }
    SQLite::Statement select(database, "SELECT " + columns + " FROM " + quoted(std::string(array)) +
                                           where + " ORDER BY id");
    bind_scope(select, scope);
    std::unordered_map<int64_t, std::size_t> index_of_id;
    while (select.executeStep()) {
        T record{};
        RowReader reader(select, 1);
        T::describe(record, reader);
        index_of_id.emplace(select.getColumn(0).getInt64(), records.size());
        records.push_back(std::move(record));
    }
    for (const auto& list : names.lists) {
        auto owners = where.empty() ? std::string()
                                    : " WHERE owner_id IN (SELECT id FROM " +
                                          quoted(std::string(array)) + where + ")";
        SQLite::Statement values(database, "SELECT owner_id, value FROM " +
                                               quoted(list_table(array, list)) + owners +
                                               " ORDER BY owner_id, position");
        bind_scope(values, scope);
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
        load_programme_lines(database, owners);
    }
}

}  // namespace

common::Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                               OpenMode mode) {
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
        SQLite::Database database(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX);
        database.exec("PRAGMA journal_mode = WAL");
        database.exec("PRAGMA foreign_keys = ON");
        database.exec("PRAGMA synchronous = NORMAL");
        database.setBusyTimeout(5000);
        std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(database)));
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
    SQLite::Transaction snapshot(m_database);
    return load_in_transaction();
}

domain::Dataset SqliteStore::load_scope(const std::string& commission,
                                        const domain::Period& period) {
    SQLite::Transaction snapshot(m_database);
    Scope scope{commission, period};
    return load_in_transaction(&scope);
}

domain::Dataset SqliteStore::load_in_transaction(const Scope* scope) {
    domain::Dataset data;
    SQLite::Statement institution(m_database, "SELECT name, acronym FROM institution WHERE id = 1");
    if (institution.executeStep()) {
        data.institution = domain::Institution{institution.getColumn(0).getString(),
                                               institution.getColumn(1).getString()};
    }
    domain::for_each_array(data, [&](domain::ArrayInfo info, auto& records) {
        load_records(m_database, info.name, records, scope);
    });
    return data;
}

void SqliteStore::insert(const domain::Dataset& incoming) {
    if (incoming.institution) {
        SQLite::Statement upsert(
            m_database,
            "INSERT INTO institution (id, name, acronym) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym");
        upsert.bind(1, incoming.institution->name);
        upsert.bind(2, incoming.institution->acronym);
        upsert.exec();
    }
    domain::for_each_array(incoming, [&](domain::ArrayInfo info, const auto& records) {
        insert_records(m_database, info.name, records);
    });
}

common::Outcome SqliteStore::add(const domain::Dataset& incoming,
                                 const domain::AdditionCheck& check) {
    // IMMEDIATE takes the write lock first, so what `check` saw is still
    // true when the rows are written.
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    // References may point forward within one bundle (a membership standing
    // in for one listed after it): foreign keys are checked at commit.
    m_database.exec("PRAGMA defer_foreign_keys = ON");
    auto problems = check(load_in_transaction());
    if (!problems.empty()) {
        return problems;  // the transaction rolls back
    }
    insert(incoming);
    transaction.commit();
    return common::ok();
}

std::vector<std::pair<std::string, std::size_t>> SqliteStore::counts() {
    std::vector<std::pair<std::string, std::size_t>> result;
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, auto&) {
        SQLite::Statement count(m_database,
                                "SELECT COUNT(*) FROM " + quoted(std::string(info.name)));
        count.executeStep();
        result.emplace_back(std::string(info.name),
                            static_cast<std::size_t>(count.getColumn(0).getInt64()));
    });
    return result;
}

}  // namespace vincula::storage::sqlite
