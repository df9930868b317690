#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "storage/sqlite/programme_tables.h"
#include "storage/sqlite/row_mapping.h"
#include "storage/sqlite/statement_cache.h"

// Records to rows and back, for any record type: the bulk paths (import,
// load) and the one-record paths (the API's find, list, update).
namespace vincula::storage::sqlite {

// Rewrites the rows of a record's reference lists (and a programme's lines).
template <domain::Record T>
void write_record_lists(StatementCache& cache, SQLite::Database& database, std::string_view array,
                        int64_t owner_id, const T& record) {
    for (const auto& list : column_names<T>().lists) {
        ListAccess access(list);
        T::describe(record, access);
        auto& insert = cache.get("INSERT INTO " + sql_name(list_table(array, list)) +
                                 " (owner_id, position, value) VALUES (?, ?, ?)");
        for (std::size_t position = 0; position < access.const_found->size(); ++position) {
            StatementCache::Use use(insert);
            insert.bind(1, static_cast<int64_t>(owner_id));
            insert.bind(2, static_cast<int64_t>(position));
            insert.bind(3, (*access.const_found)[position]);
            insert.exec();
        }
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        insert_programme_lines(database, owner_id, record);
    }
}

// Inserts in order; appends each record's new number to `ids`.
template <domain::Record T>
void insert_records(StatementCache& cache, SQLite::Database& database, std::string_view array,
                    const std::vector<T>& records, std::vector<int64_t>& ids) {
    if (records.empty()) {
        return;
    }
    auto names = column_names<T>();
    std::string columns;
    std::string placeholders;
    for (const auto& column : names.columns) {
        columns += (columns.empty() ? "" : ", ") + sql_name(column);
        placeholders += placeholders.empty() ? "?" : ", ?";
    }
    auto& insert = cache.get("INSERT INTO " + sql_name(array) + " (" + columns + ") VALUES (" +
                             placeholders + ")");
    for (const auto& record : records) {
        {
            StatementCache::Use use(insert);
            RowBinder binder(insert);
            T::describe(record, binder);
            insert.exec();
        }
        ids.push_back(database.getLastInsertRowid());
        write_record_lists(cache, database, array, ids.back(), record);
    }
}

// Replaces the record stored as `id` in place: same number, same place in
// the order records are read.
template <domain::Record T>
void update_record(StatementCache& cache, SQLite::Database& database, std::string_view array,
                   int64_t id, const T& record) {
    auto names = column_names<T>();
    std::string assignments;
    for (const auto& column : names.columns) {
        assignments += (assignments.empty() ? "" : ", ") + sql_name(column) + " = ?";
    }
    auto& update = cache.get("UPDATE " + sql_name(array) + " SET " + assignments + " WHERE id = ?");
    {
        StatementCache::Use use(update);
        RowBinder binder(update);
        T::describe(record, binder);
        update.bind(static_cast<int>(names.columns.size()) + 1, static_cast<int64_t>(id));
        update.exec();
    }
    for (const auto& list : names.lists) {
        auto& clear =
            cache.get("DELETE FROM " + sql_name(list_table(array, list)) + " WHERE owner_id = ?");
        StatementCache::Use use(clear);
        clear.bind(1, static_cast<int64_t>(id));
        clear.exec();
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        auto& clear = cache.get("DELETE FROM programme_lines WHERE work_programme_id = ?");
        StatementCache::Use use(clear);
        clear.bind(1, static_cast<int64_t>(id));
        clear.exec();
    }
    write_record_lists(cache, database, array, id, record);
}

// Reads the rows `select` yields (its first column the id, then the
// record's columns, then anything `on_row` wants) and their reference lists.
template <domain::Record T, class OnRow>
void read_selected(StatementCache& cache, SQLite::Database& database, std::string_view array,
                   SQLite::Statement& select, std::vector<T>& records, std::vector<int64_t>& ids,
                   OnRow&& on_row) {
    std::size_t first = records.size();
    while (select.executeStep()) {
        T record{};
        RowReader reader(select, 1);
        T::describe(record, reader);
        ids.push_back(select.getColumn(0).getInt64());
        on_row(select);
        records.push_back(std::move(record));
    }
    if (records.size() == first) {
        return;
    }
    // One query per list table for all the rows read, not one per row: a
    // page of 50 records cost 50 statements for each list.
    bool one = records.size() - first == 1;
    std::string owner_ids;  // a JSON array, for json_each
    std::unordered_map<int64_t, std::size_t> index_of_id;
    if (!one) {
        owner_ids = "[";
        for (std::size_t i = first; i < records.size(); ++i) {
            owner_ids += (i == first ? "" : ",") + std::to_string(ids[i]);
            index_of_id.emplace(ids[i], i);
        }
        owner_ids += "]";
    }
    for (const auto& list : column_names<T>().lists) {
        auto table = sql_name(list_table(array, list));
        auto& values = cache.get(one ? "SELECT owner_id, value FROM " + table +
                                           " WHERE owner_id = ? ORDER BY position"
                                     : "SELECT owner_id, value FROM " + table +
                                           " WHERE owner_id IN (SELECT value FROM json_each(?))"
                                           " ORDER BY owner_id, position");
        StatementCache::Use use(values);
        if (one) {
            values.bind(1, static_cast<int64_t>(ids[first]));
        } else {
            values.bind(1, owner_ids);
        }
        while (values.executeStep()) {
            auto owner = first;
            if (!one) {
                auto found = index_of_id.find(values.getColumn(0).getInt64());
                if (found == index_of_id.end()) {
                    continue;
                }
                owner = found->second;
            }
            ListAccess access(list);
            T::describe(records[owner], access);
            access.found->push_back(values.getColumn(1).getString());
        }
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        std::vector<std::pair<int64_t, domain::WorkProgramme*>> owners;
        for (std::size_t i = first; i < records.size(); ++i) {
            owners.emplace_back(ids[i], &records[i]);
        }
        if (!owners.empty()) {
            load_programme_lines(database, owners);
        }
    }
}

}  // namespace vincula::storage::sqlite
