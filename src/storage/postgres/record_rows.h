#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/postgres/programme_tables.h"
#include "storage/postgres/sql.h"

// Records to rows and back, for any record type: the bulk paths (import,
// load) and the one-record paths (the API's find, list, update).
namespace vincula::storage::postgres {

// Rows per INSERT: one statement per few hundred records instead of one
// round trip each, under PostgreSQL's limit of 65535 parameters.
inline std::size_t rows_per_insert(std::size_t columns) {
    return std::max<std::size_t>(1, std::min<std::size_t>(500, 30000 / columns));
}

// "INSERT INTO t (c1, c2) VALUES ($1, $2), ($3, $4)…" for `rows` rows.
inline std::string insert_statement(std::string_view table, const std::string& columns,
                                    std::size_t width, std::size_t rows) {
    std::string sql = "INSERT INTO " + sql_name(table) + " (" + columns + ") VALUES ";
    std::size_t parameter = 1;
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (std::size_t column = 0; column < width; ++column) {
            sql += (column == 0 ? "$" : ", $") + std::to_string(parameter++);
        }
        sql += ")";
    }
    return sql;
}

// Inserts rows of `width` values each, several per statement.
inline void insert_rows(Sql& sql, std::string_view table, const std::string& columns,
                        std::size_t width, const std::vector<ColumnText>& values) {
    auto batch = rows_per_insert(width);
    auto rows = values.size() / width;
    for (std::size_t first = 0; first < rows; first += batch) {
        auto count = std::min(batch, rows - first);
        std::vector<ColumnText> parameters(
            values.begin() + static_cast<std::ptrdiff_t>(first * width),
            values.begin() + static_cast<std::ptrdiff_t>((first + count) * width));
        sql.run_with(insert_statement(table, columns, width, count), parameters);
    }
}

// Rewrites the rows of records' reference lists (and programmes' lines).
template <domain::Record T>
void write_record_lists(Sql& sql, std::string_view array, const std::vector<std::int64_t>& ids,
                        const std::vector<T>& records) {
    for (const auto& list : column_names<T>().lists) {
        std::vector<ColumnText> values;
        for (std::size_t i = 0; i < records.size(); ++i) {
            ListAccess access(list);
            T::describe(records[i], access);
            for (std::size_t position = 0; position < access.const_found->size(); ++position) {
                values.emplace_back(std::to_string(ids[i]));
                values.emplace_back(std::to_string(position));
                values.emplace_back((*access.const_found)[position]);
            }
        }
        insert_rows(sql, list_table(array, list), "owner_id, position, value", 3, values);
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        for (std::size_t i = 0; i < records.size(); ++i) {
            insert_programme_lines(sql, ids[i], records[i]);
        }
    }
}

// Inserts records in order and returns their ids. The ids are taken from the table's identity
// first, in one query, so the list rows can name their owners without a
// round trip per record; ids still grow in the order records were given.
template <domain::Record T>
std::vector<std::int64_t> insert_records(Sql& sql, std::string_view array,
                                         const std::vector<T>& records) {
    if (records.empty()) {
        return {};
    }
    std::vector<std::int64_t> ids;
    ids.reserve(records.size());
    for (const auto& row :
         sql.run("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)",
                 sql_name(array), static_cast<std::int64_t>(records.size()))) {
        ids.push_back(row[0].as<std::int64_t>());
    }
    std::sort(ids.begin(), ids.end());
    const auto& names = column_names<T>();
    std::string columns = "id";
    for (const auto& column : names.columns) {
        columns += ", " + sql_name(column);
    }
    std::vector<ColumnText> values;
    values.reserve(records.size() * (names.columns.size() + 1));
    for (std::size_t i = 0; i < records.size(); ++i) {
        values.emplace_back(std::to_string(ids[i]));
        for (auto& value : row_text(records[i])) {
            values.push_back(std::move(value));
        }
    }
    insert_rows(sql, array, columns, names.columns.size() + 1, values);
    write_record_lists(sql, array, ids, records);
    return ids;
}

// Replaces the record stored as `id` in place: same number, same place in
// the order records are read.
template <domain::Record T>
void update_record(Sql& sql, std::string_view array, std::int64_t id, const T& record) {
    const auto& names = column_names<T>();
    std::string assignments;
    for (std::size_t i = 0; i < names.columns.size(); ++i) {
        assignments +=
            (i == 0 ? "" : ", ") + sql_name(names.columns[i]) + " = $" + std::to_string(i + 2);
    }
    auto parameters = row_text(record);
    parameters.insert(parameters.begin(), std::to_string(id));
    sql.run_with("UPDATE " + sql_name(array) + " SET " + assignments + " WHERE id = $1",
                 parameters);
    for (const auto& list : names.lists) {
        sql.run("DELETE FROM " + sql_name(list_table(array, list)) + " WHERE owner_id = $1", id);
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        remove_programme_lines(sql, id);
    }
    write_record_lists(sql, array, {id}, std::vector<T>{record});
}

// Reads the rows of `result` (the id, then the record's columns) and the
// reference lists of those records; `whole_table` when every row of the
// table was read, so the lists are read without naming their owners.
template <domain::Record T>
void read_records(Sql& sql, std::string_view array, const pqxx::result& result,
                  std::vector<T>& records, std::vector<std::int64_t>& ids,
                  bool whole_table = false) {
    std::size_t first = records.size();
    for (const auto& row : result) {
        T record{};
        RowReader reader(FieldText{row}, 1);
        T::describe(record, reader);
        ids.push_back(row[0].as<std::int64_t>());
        records.push_back(std::move(record));
    }
    if (records.size() == first) {
        return;
    }
    std::unordered_map<std::int64_t, std::size_t> index_of_id;
    std::vector<std::int64_t> read_ids(
        ids.end() - static_cast<std::ptrdiff_t>(records.size() - first), ids.end());
    for (std::size_t i = first; i < records.size(); ++i) {
        index_of_id.emplace(ids[i], i);
    }
    auto owners = id_array(read_ids);
    for (const auto& list : column_names<T>().lists) {
        std::string select = "SELECT owner_id, value FROM " + sql_name(list_table(array, list));
        std::string order = " ORDER BY owner_id, position";
        auto values = whole_table
                          ? sql.run(select + order)
                          : sql.run(select + " WHERE owner_id = ANY($1::bigint[])" + order, owners);
        for (const auto& row : values) {
            auto owner = index_of_id.find(row[0].as<std::int64_t>());
            if (owner != index_of_id.end()) {
                ListAccess access(list);
                T::describe(records[owner->second], access);
                access.found->push_back(row[1].as<std::string>());
            }
        }
    }
    if constexpr (std::is_same_v<T, domain::WorkProgramme>) {
        std::vector<std::pair<std::int64_t, domain::WorkProgramme*>> programmes;
        for (std::size_t i = first; i < records.size(); ++i) {
            programmes.emplace_back(ids[i], &records[i]);
        }
        load_programme_lines(sql, programmes);
    }
}

}  // namespace vincula::storage::postgres
