// The API's reads: one record by key, one page of an array.
#include <algorithm>
#include <charconv>
#include <stdexcept>

#include <sqlite3.h>

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
    int64_t integer = 0;  // type 'i'
    double real = 0;      // type 'r'
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
    Cursor cursor{text[0], *id, text.substr(colon + 1), 0, 0};
    // A number must read whole: a cursor is typed by people too.
    auto reads_whole = [&](auto& number) {
        const char* first = cursor.value.data();
        const char* last = first + cursor.value.size();
        auto [end, error] = std::from_chars(first, last, number);
        return error == std::errc{} && end == last;
    };
    if ((cursor.type == 'i' && !reads_whole(cursor.integer)) ||
        (cursor.type == 'r' && !reads_whole(cursor.real))) {
        return std::nullopt;
    }
    return cursor;
}

void bind_cursor_value(SQLite::Statement& statement, int index, const Cursor& cursor) {
    if (cursor.type == 'i') {
        statement.bind(index, cursor.integer);
    } else if (cursor.type == 'r') {
        statement.bind(index, cursor.real);
    } else {
        statement.bind(index, cursor.value);
    }
}

// One read transaction around a request's statements (a record's row and
// its reference lists): in WAL mode each statement run on its own begins
// and ends a read transaction, with file locks each time, which cost more
// than the indexed lookups themselves. Inside a write (or any transaction
// already open) it does nothing: that transaction already holds a snapshot.
class ReadTransaction {
public:
    ReadTransaction(StatementCache& cache, SQLite::Database& database)
        : m_cache(cache), m_open(sqlite3_get_autocommit(database.getHandle()) != 0) {
        if (m_open) {
            StatementCache::Use begin(m_cache.get("BEGIN"));
            begin->exec();
        }
    }
    ~ReadTransaction() {
        if (m_open) {
            // Nothing was written: ending the read cannot fail in a way that
            // loses anything, and a destructor must not throw.
            try {
                StatementCache::Use end(m_cache.get("COMMIT"));
                end->exec();
            } catch (const std::exception&) {
            }
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    StatementCache& m_cache;
    bool m_open;
};

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
        // Built once per record type: this runs on every GET of a record.
        static const std::string sql = "SELECT " + selected_columns<T>() + " FROM " +
                                       sql_name(info.name) + " WHERE " +
                                       (key.empty() ? std::string("id") : sql_name(key)) + " = ?";
        ReadTransaction snapshot(m_cache, m_database);
        auto& select = m_cache.get(sql);
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
            if (!cursor && !query.after.empty()) {
                page.unreadable_cursor = true;
                return;
            }
            if (cursor) {
                where += std::string(where.empty() ? " WHERE " : " AND ") + "(" + sort + ", id) " +
                         (descending ? "<" : ">") + " (?, ?)";
            }
            std::string direction = descending ? " DESC" : "";
            std::string order = " ORDER BY " + sort + direction + ", id" + direction;
            // The page's ids are chosen first, sorting only (sort value, id)
            // pairs, and only those rows are then read whole: sorting every
            // matching row with all its columns cost most of the request.
            auto table = sql_name(info.name);
            ReadTransaction snapshot(m_cache, m_database);
            auto& select = m_cache.get("SELECT " + selected_columns<T>() + ", " + sort + " FROM " +
                                       table + " WHERE id IN (SELECT id FROM " + table + where +
                                       order + " LIMIT ?)" + order);
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
