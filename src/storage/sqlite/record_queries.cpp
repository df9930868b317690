// The API's reads: one record by key, one page of an array.
#include <algorithm>
#include <charconv>
#include <functional>
#include <stdexcept>
#include <unordered_map>

#include "domain/key_index.h"
#include "storage/schema/nested_text.h"
#include "storage/sqlite/read_transaction.h"
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

// The records of `array` with the ids `chosen`, read whole, in that order.
template <class T>
void read_chosen(StatementCache& cache, SQLite::Database& database, std::string_view array,
                 const std::vector<int64_t>& chosen, std::vector<T>& records,
                 std::vector<int64_t>& ids) {
    if (chosen.empty()) {
        return;
    }
    std::string id_list = "[";
    for (auto id : chosen) {
        id_list += (id_list.size() == 1 ? "" : ",") + std::to_string(id);
    }
    id_list += "]";
    auto& select = cache.get("SELECT " + selected_columns<T>() + " FROM " + sql_name(array) +
                             " WHERE id IN (SELECT value FROM json_each(?))");
    StatementCache::Use use(select);
    select.bind(1, id_list);
    std::vector<T> read;
    std::vector<int64_t> read_ids;
    read_selected(cache, database, array, select, read, read_ids, [](SQLite::Statement&) {});
    std::unordered_map<int64_t, std::size_t> place;
    for (std::size_t i = 0; i < read_ids.size(); ++i) {
        place.emplace(read_ids[i], i);
    }
    for (auto id : chosen) {
        if (auto found = place.find(id); found != place.end()) {
            records.push_back(std::move(read[found->second]));
            ids.push_back(id);
        }
    }
}

}  // namespace

domain::Page SqliteStore::beginning_with(const std::string& array, const std::string& field,
                                         const std::string& prefix,
                                         const std::function<bool(const std::string&)>& keep) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            if (!schema::is_column_of<T>(field)) {
                throw std::invalid_argument("no se puede filtrar por " + field);
            }
            // A range of the column's index: texts compare byte by byte,
            // and no byte of UTF-8 text is 0xFF.
            ReadTransaction snapshot(m_cache, m_database);
            std::vector<int64_t> chosen;
            {
                auto& pick = m_cache.get("SELECT id, " + sql_name(field) + " FROM " +
                                         sql_name(info.name) + " WHERE " + sql_name(field) +
                                         " >= ? AND " + sql_name(field) + " < ? ORDER BY id");
                StatementCache::Use use(pick);
                pick.bind(1, prefix);
                pick.bind(2, prefix + "\xff");
                while (pick.executeStep()) {
                    if (keep(pick.getColumn(1).getString())) {
                        chosen.push_back(pick.getColumn(0).getInt64());
                    }
                }
            }
            read_chosen(m_cache, m_database, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

domain::Page SqliteStore::naming(const std::string& array, const std::vector<std::string>& fields,
                                 const std::string& key, bool beneath) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            // No byte of UTF-8 text is 0xFF: past every text that begins so.
            auto ids =
                schema::naming_ids_select<T>(info.name, fields, beneath, ":key", ":low", ":high");
            if (ids.empty()) {
                return;
            }
            ReadTransaction snapshot(m_cache, m_database);
            std::vector<int64_t> chosen;
            {
                auto& pick = m_cache.get(ids + " ORDER BY 1");
                StatementCache::Use use(pick);
                pick.bind(":key", key);
                if (beneath) {
                    pick.bind(":low", key + "/");
                    pick.bind(":high", key + "/\xff");
                }
                while (pick.executeStep()) {
                    chosen.push_back(pick.getColumn(0).getInt64());
                }
            }
            read_chosen(m_cache, m_database, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

domain::Page SqliteStore::containing(const std::string& array, const std::string& field,
                                     const std::string& key, bool beneath) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            if (!schema::is_column_of<T>(field)) {
                throw std::invalid_argument("no se puede buscar en " + field);
            }
            // The column's text is read, not its records: a scan of one
            // table's column, no index can answer «contains».
            ReadTransaction snapshot(m_cache, m_database);
            std::vector<int64_t> chosen;
            {
                auto& pick = m_cache.get("SELECT id FROM " + sql_name(info.name) + " WHERE instr(" +
                                         sql_name(field) + ", ?) > 0 ORDER BY id");
                StatementCache::Use use(pick);
                pick.bind(1, schema::nested_value_text(key, beneath));
                while (pick.executeStep()) {
                    chosen.push_back(pick.getColumn(0).getInt64());
                }
            }
            read_chosen(m_cache, m_database, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

domain::Dataset SqliteStore::find(const domain::RecordRef& ref, std::int64_t* id) {
    auto generation = cache_generation();
    if (generation) {
        if (auto kept = m_read_cache->record(ref.array, ref.key, *generation)) {
            if (id != nullptr) {
                *id = kept->id;
            }
            return std::move(kept->found);
        }
    }
    domain::Dataset result;
    std::int64_t found_id = 0;
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
        if (!ids.empty()) {
            found_id = ids.front();
        }
    });
    if (id != nullptr) {
        *id = found_id;
    }
    if (generation) {
        m_read_cache->keep_record(ref.array, ref.key, *generation,
                                  cache::FoundRecord{result, found_id});
    }
    return result;
}

domain::Page SqliteStore::list(const domain::ListQuery& query) {
    auto generation = cache_generation();
    std::string key = generation ? cache::list_key(query) : std::string();
    if (generation) {
        if (auto kept = m_read_cache->page(query.array, key, *generation)) {
            return std::move(*kept);
        }
    }
    auto page = read_page(query);
    if (generation) {
        m_read_cache->keep_page(query.array, key, *generation, page);
    }
    return page;
}

namespace {

// The WHERE clause of a list query's equality filters, one «?» each, in
// the order of `query.equal`.
template <class T>
std::string equality_filters(const domain::ListQuery& query) {
    std::string where;
    for (const auto& [field, value] : query.equal) {
        where += (where.empty() ? " WHERE " : " AND ") +
                 schema::equality_condition<T>(query.array, field, "?");
    }
    return where;
}

}  // namespace

std::size_t SqliteStore::count(const domain::ListQuery& query) {
    std::size_t counted = 0;
    domain::Dataset none;
    bool known = domain::with_array(none, query.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        ReadTransaction snapshot(m_cache, m_database);
        auto& select =
            m_cache.get("SELECT COUNT(*) FROM " + sql_name(info.name) + equality_filters<T>(query));
        StatementCache::Use use(select);
        int index = 1;
        for (const auto& [field, value] : query.equal) {
            select.bind(index++, value);
        }
        if (select.executeStep()) {
            counted = static_cast<std::size_t>(select.getColumn(0).getInt64());
        }
    });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
    return counted;
}

std::map<std::string, std::size_t> SqliteStore::tally(const domain::ListQuery& query,
                                                      const std::string& field,
                                                      std::size_t leading) {
    // Kept until the next change: a tally reads the whole array.
    auto generation = cache_generation();
    std::string key = generation ? cache::tally_key(query, field, leading) : std::string();
    if (generation) {
        if (auto kept = m_read_cache->tally(query.array, key, *generation)) {
            return std::move(*kept);
        }
    }
    std::map<std::string, std::size_t> tallied;
    domain::Dataset none;
    bool known = domain::with_array(none, query.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        auto sql = schema::tally_select<T>(info.name, field, leading, equality_filters<T>(query));
        ReadTransaction snapshot(m_cache, m_database);
        auto& select = m_cache.get(sql);
        StatementCache::Use use(select);
        int index = 1;
        for (const auto& [name, value] : query.equal) {
            select.bind(index++, value);
        }
        while (select.executeStep()) {
            tallied[select.getColumn(0).getString()] +=
                static_cast<std::size_t>(select.getColumn(1).getInt64());
        }
    });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
    if (generation) {
        m_read_cache->keep_tally(query.array, key, *generation, tallied);
    }
    return tallied;
}

domain::Page SqliteStore::read_page(const domain::ListQuery& query) {
    domain::Page page;
    auto limit = std::max<std::size_t>(query.limit, 1);
    bool known =
        domain::with_array(page.records, query.array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            const auto& columns = column_names<T>().columns;
            auto is_column = [&](const std::string& name) {
                return std::find(columns.begin(), columns.end(), name) != columns.end();
            };
            auto where = equality_filters<T>(query);
            if (!query.sort.empty() && !is_column(query.sort)) {
                throw std::invalid_argument("no se puede ordenar por " + query.sort);
            }
            // Absent values sort as the empty text, so the order is total and
            // a cursor can name any row; asked to come last in ascending
            // order, whether the value is absent sorts first (its cursor
            // begins with 'z').
            std::string sort = query.sort.empty() ? std::string("id")
                                                  : "COALESCE(" + sql_name(query.sort) + ", '')";
            bool descending = query.order == domain::SortOrder::Descending;
            bool absent_last = query.absent_last && !descending && !query.sort.empty();
            std::string absent = absent_last ? "(" + sql_name(query.sort) + " IS NULL), " : "";
            std::string after_text = query.after;
            bool cursor_absent = absent_last && after_text.starts_with('z');
            if (cursor_absent) {
                after_text.erase(0, 1);
            }
            auto cursor = parse_cursor(after_text);
            if (!cursor && !query.after.empty()) {
                page.unreadable_cursor = true;
                return;
            }
            if (cursor) {
                where += std::string(where.empty() ? " WHERE " : " AND ") + "(" + absent + sort +
                         ", id) " + (descending ? "<" : ">") +
                         (absent_last ? " (?, ?, ?)" : " (?, ?)");
            }
            std::string direction = descending ? " DESC" : "";
            std::string order = " ORDER BY " + absent + sort + direction + ", id" + direction;
            // The page's ids are chosen first, in order, sorting only (sort
            // value, id) pairs — by walking an index where one matches, such
            // as convenios_by_status_signed — and only those rows are then
            // read whole, by id: sorting whole rows cost most of the request.
            auto table = sql_name(info.name);
            ReadTransaction snapshot(m_cache, m_database);
            std::vector<int64_t> chosen;
            std::string last_cursor;
            {
                auto& pick = m_cache.get("SELECT id, " + sort + ", " + absent + "0 FROM " + table +
                                         where + order + " LIMIT ?");
                StatementCache::Use use(pick);
                int index = 1;
                for (const auto& [field, value] : query.equal) {
                    pick.bind(index++, value);
                }
                if (cursor) {
                    if (absent_last) {
                        pick.bind(index++, cursor_absent ? 1 : 0);
                    }
                    bind_cursor_value(pick, index++, *cursor);
                    pick.bind(index++, static_cast<int64_t>(cursor->id));
                }
                // One more than the page: whether there is a next page.
                pick.bind(index, static_cast<int64_t>(limit + 1));
                while (pick.executeStep()) {
                    chosen.push_back(pick.getColumn(0).getInt64());
                    if (chosen.size() == limit) {
                        last_cursor = cursor_of(chosen.back(), pick.getColumn(1));
                        if (absent_last && pick.getColumn(2).getInt() == 1) {
                            last_cursor.insert(0, 1, 'z');
                        }
                    }
                }
            }
            if (chosen.size() > limit) {
                chosen.resize(limit);
                page.next = std::move(last_cursor);
            }
            read_chosen(m_cache, m_database, info.name, chosen, records, page.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
    return page;
}

}  // namespace vincula::storage::sqlite
