// The API's reads: one record by key, one page of an array.
#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "domain/key_index.h"
#include "storage/sqlite/record_rows.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

std::optional<int64_t> parse_id(std::string_view text) {
    int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// A page's cursor: the last row's id and sort value, tagged with the value's
// SQLite type so the next page compares like with like ("t12:2021-10-01").
std::string cursor_of(int64_t id, const SQLite::Column& sort_value) {
    if (sort_value.isInteger()) {
        return "i" + std::to_string(id) + ":" + std::to_string(sort_value.getInt64());
    }
    if (sort_value.isFloat()) {
        return "r" + std::to_string(id) + ":" + sort_value.getString();
    }
    return "t" + std::to_string(id) + ":" + sort_value.getString();
}

struct Cursor {
    char type = 't';
    int64_t id = 0;
    std::string value;
};

std::optional<Cursor> parse_cursor(const std::string& text) {
    auto colon = text.find(':');
    if (text.size() < 3 || colon == std::string::npos ||
        std::string_view("irt").find(text[0]) == std::string_view::npos) {
        return std::nullopt;
    }
    auto id = parse_id(std::string_view(text).substr(1, colon - 1));
    if (!id) {
        return std::nullopt;
    }
    return Cursor{text[0], *id, text.substr(colon + 1)};
}

void bind_cursor_value(SQLite::Statement& statement, int index, const Cursor& cursor) {
    if (cursor.type == 'i') {
        statement.bind(index, static_cast<int64_t>(std::stoll(cursor.value)));
    } else if (cursor.type == 'r') {
        statement.bind(index, std::stod(cursor.value));
    } else {
        statement.bind(index, cursor.value);
    }
}

}  // namespace

domain::Dataset SqliteStore::find(const domain::RecordRef& ref, std::int64_t* id) {
    domain::Dataset result;
    domain::with_array(result, ref.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        auto key = domain::key_field_name<T>();
        std::optional<int64_t> number;
        if (key.empty() && !(number = parse_id(ref.key))) {
            return;
        }
        auto& select =
            m_cache.get("SELECT " + selected_columns<T>() + " FROM " + sql_name(info.name) +
                        " WHERE " + (key.empty() ? std::string("id") : sql_name(key)) + " = ?");
        StatementCache::Use use(select);
        if (number) {
            select.bind(1, *number);
        } else {
            select.bind(1, ref.key);
        }
        std::vector<int64_t> ids;
        read_selected(m_cache, m_database, info.name, select, records, ids,
                      [](SQLite::Statement&) {});
        if (id != nullptr && !ids.empty()) {
            *id = ids.front();
        }
    });
    return result;
}

domain::Page SqliteStore::list(const domain::ListQuery& query) {
    domain::Page page;
    auto limit = std::max<std::size_t>(query.limit, 1);
    bool known =
        domain::with_array(page.records, query.array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            auto columns = column_names<T>().columns;
            auto is_column = [&](const std::string& name) {
                return std::find(columns.begin(), columns.end(), name) != columns.end();
            };
            std::string where;
            for (const auto& [field, value] : query.equal) {
                if (!is_column(field)) {
                    throw std::invalid_argument("no se puede filtrar por " + field);
                }
                where += (where.empty() ? " WHERE " : " AND ") + sql_name(field) + " = ?";
            }
            if (!query.sort.empty() && !is_column(query.sort)) {
                throw std::invalid_argument("no se puede ordenar por " + query.sort);
            }
            // Absent values sort as the empty text, so the order is total and
            // a cursor can name any row.
            std::string sort = query.sort.empty() ? std::string("id")
                                                  : "COALESCE(" + sql_name(query.sort) + ", '')";
            bool descending = query.order == domain::SortOrder::Descending;
            auto cursor = parse_cursor(query.after);
            if (cursor) {
                where += std::string(where.empty() ? " WHERE " : " AND ") + "(" + sort + ", id) " +
                         (descending ? "<" : ">") + " (?, ?)";
            }
            std::string direction = descending ? " DESC" : "";
            auto& select = m_cache.get("SELECT " + selected_columns<T>() + ", " + sort + " FROM " +
                                       sql_name(info.name) + where + " ORDER BY " + sort +
                                       direction + ", id" + direction + " LIMIT ?");
            StatementCache::Use use(select);
            int index = 1;
            for (const auto& [field, value] : query.equal) {
                select.bind(index++, value);
            }
            if (cursor) {
                bind_cursor_value(select, index++, *cursor);
                select.bind(index++, static_cast<int64_t>(cursor->id));
            }
            select.bind(index, static_cast<int64_t>(limit + 1));
            int sort_column = static_cast<int>(columns.size()) + 1;
            std::vector<std::string> cursors;
            read_selected(m_cache, m_database, info.name, select, records, page.ids,
                          [&](SQLite::Statement& row) {
                              cursors.push_back(cursor_of(row.getColumn(0).getInt64(),
                                                          row.getColumn(sort_column)));
                          });
            if (records.size() > limit) {
                records.resize(limit);
                page.ids.resize(limit);
                page.next = cursors[limit - 1];
            }
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
    return page;
}

}  // namespace vincula::storage::sqlite
