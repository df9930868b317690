// The API's reads: one record by key, one page of an array, how many a
// page's filters match.
#include <charconv>
#include <functional>
#include <optional>
#include <stdexcept>
#include <utility>

#include "domain/key_index.h"
#include "storage/postgres/dataset_reads.h"
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/record_rows.h"
#include "storage/schema/nested_text.h"

namespace vincula::storage::postgres {
namespace {

enum class ColumnKind { Text, Integer, Real, Boolean, None };

// What a scalar field holds, looked up by name in the record's description:
// the only way a name given by a caller reaches SQL.
struct KindOf {
    std::string_view name;
    ColumnKind kind = ColumnKind::None;

    template <class T>
    static constexpr ColumnKind kind_of() {
        if constexpr (domain::IsOptional<T>::value) {
            return kind_of<typename T::value_type>();
        } else if constexpr (std::is_same_v<T, bool>) {
            return ColumnKind::Boolean;
        } else if constexpr (std::is_integral_v<T>) {
            return ColumnKind::Integer;
        } else if constexpr (std::is_floating_point_v<T>) {
            return ColumnKind::Real;
        } else if constexpr (domain::Record<T> || domain::IsVector<T>::value ||
                             std::is_same_v<T, domain::Counts>) {
            return ColumnKind::None;  // JSON text: not filtered or sorted on
        } else {
            return ColumnKind::Text;  // text, dates, times, enumerations
        }
    }
    template <class T>
    void field(std::string_view field_name, const T&, domain::FieldSpec spec = {}) {
        if (field_name == name && is_column<T>(spec)) {
            kind = kind_of<T>();
        }
    }
};

template <domain::Record T>
ColumnKind column_kind(std::string_view name) {
    const T sample{};
    KindOf finder{name};
    T::describe(sample, finder);
    return finder.kind;
}

// A filter value in the column's own terms, or nullopt when no stored
// value can equal it ("abc" for a year): the page is then empty rather
// than an error from the database.
std::optional<std::string> comparable(ColumnKind kind, const std::string& value) {
    auto parses = [&](auto number) {
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        return error == std::errc{} && end == value.data() + value.size();
    };
    switch (kind) {
        case ColumnKind::Integer:
            return parses(std::int64_t{}) ? std::optional(value) : std::nullopt;
        case ColumnKind::Real:
            return parses(double{}) ? std::optional(value) : std::nullopt;
        case ColumnKind::Boolean:
            if (value == "1" || value == "true" || value == "t") {
                return "true";
            }
            if (value == "0" || value == "false" || value == "f") {
                return "false";
            }
            return std::nullopt;
        default:
            return value;
    }
}

// A page's cursor: the last row's id, then its sort value ("v…") or "n" for
// none. Ids alone when the page follows the order records were added.
struct Cursor {
    std::int64_t id = 0;
    std::optional<std::string> value;
};

std::string cursor_text(std::int64_t id, bool sorted, const pqxx::field& value) {
    auto text = std::to_string(id);
    if (sorted) {
        text += value.is_null() ? ":n" : ":v" + value.as<std::string>();
    }
    return text;
}

std::optional<Cursor> parse_cursor(const std::string& text, bool sorted) {
    auto colon = text.find(':');
    auto id = parse_record_id(std::string_view(text).substr(0, colon));
    if (!id || (colon == std::string::npos) == sorted) {
        return std::nullopt;
    }
    if (!sorted) {
        return Cursor{*id, std::nullopt};
    }
    auto tail = text.substr(colon + 1);
    if (tail == "n") {
        return Cursor{*id, std::nullopt};
    }
    if (tail.empty() || tail[0] != 'v') {
        return std::nullopt;
    }
    return Cursor{*id, tail.substr(1)};
}

}  // namespace

domain::Dataset PostgresStore::find(const domain::RecordRef& ref, std::int64_t* id) {
    auto generation = cache_generation();
    if (generation) {
        if (auto kept = m_read_cache->record(ref.array, ref.key, *generation)) {
            if (id != nullptr && kept->id != 0) {
                *id = kept->id;
            }
            return std::move(kept->found);
        }
    }
    std::int64_t found_id = 0;
    domain::Dataset found;
    {
        pqxx::read_transaction transaction(*m_connection);
        Sql sql{transaction, m_statements};
        found = find_record(sql, ref, &found_id);
    }
    if (id != nullptr && found_id != 0) {
        *id = found_id;
    }
    if (generation) {
        m_read_cache->keep_record(ref.array, ref.key, *generation,
                                  cache::FoundRecord{found, found_id});
    }
    return found;
}

domain::Page PostgresStore::list(const domain::ListQuery& query) {
    auto generation = cache_generation();
    std::string key = generation ? cache::list_key(query) : std::string();
    if (generation) {
        if (auto kept = m_read_cache->page(query.array, key, *generation)) {
            return std::move(*kept);
        }
    }
    domain::Page page;
    {
        pqxx::read_transaction transaction(*m_connection);
        Sql sql{transaction, m_statements};
        page = list_records(sql, query);
    }
    if (generation) {
        m_read_cache->keep_page(query.array, key, *generation, page);
    }
    return page;
}

namespace {

// The WHERE clause of a list query's equality filters and its parameters
// ($1, $2…); nothing when a value is none its column could hold, so that
// nothing stored matches.
template <class T>
std::optional<std::pair<std::string, std::vector<ColumnText>>> equality_filters(
    const domain::ListQuery& query) {
    std::pair<std::string, std::vector<ColumnText>> filters;
    auto& where = filters.first;
    auto& parameters = filters.second;
    const auto& lists = column_names<T>().lists;
    for (const auto& [field, value] : query.equal) {
        auto kind = column_kind<T>(field);
        bool list = std::find(lists.begin(), lists.end(), field) != lists.end();
        auto stored = list ? std::optional(value) : comparable(kind, value);
        if (!stored) {
            return std::nullopt;
        }
        parameters.emplace_back(std::move(*stored));
        // A column or a list of references; anything else throws.
        where += (where.empty() ? " WHERE " : " AND ") +
                 schema::equality_condition<T>(query.array, field,
                                               "$" + std::to_string(parameters.size()));
    }
    return filters;
}

}  // namespace

namespace {

// Calls f(the array's name, a null T* naming its record type, its equality
// filters) for the array `query` names; throws when there is none.
template <class F>
void with_equality_filters(const domain::ListQuery& query, F&& f) {
    domain::Dataset none;
    bool known = domain::with_array(none, query.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        f(info.name, static_cast<const T*>(nullptr), equality_filters<T>(query));
    });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
}

}  // namespace

std::size_t PostgresStore::count(const domain::ListQuery& query) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    std::size_t counted = 0;
    with_equality_filters(query, [&](std::string_view array, const auto*, const auto& filters) {
        if (!filters) {
            return;  // nothing stored can match
        }
        const auto& [where, parameters] = *filters;
        auto rows = sql.run_with("SELECT COUNT(*) FROM " + sql_name(array) + where, parameters);
        counted = rows.empty() ? 0 : rows[0][0].template as<std::size_t>();
    });
    return counted;
}

std::map<std::string, std::size_t> PostgresStore::tally(const domain::ListQuery& query,
                                                        const std::string& field,
                                                        std::size_t leading) {
    auto generation = cache_generation();
    std::string key = generation ? cache::tally_key(query, field, leading) : std::string();
    if (generation) {
        if (auto kept = m_read_cache->tally(query.array, key, *generation)) {
            return std::move(*kept);
        }
    }
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    std::map<std::string, std::size_t> tallied;
    with_equality_filters(query, [&](std::string_view array, const auto* type,
                                     const auto& filters) {
        using T = std::remove_cvref_t<decltype(*type)>;
        // The field is checked even when nothing can match, as SQLite does.
        auto text = schema::tally_select<T>(array, field, leading, filters ? filters->first : "");
        if (!filters) {
            return;  // nothing stored can match
        }
        for (const auto& row : sql.run_with(text, filters->second)) {
            tallied[row[0].template as<std::string>()] += row[1].template as<std::size_t>();
        }
    });
    if (generation) {
        m_read_cache->keep_tally(query.array, key, *generation, tallied);
    }
    return tallied;
}

domain::Dataset find_record(Sql& sql, const domain::RecordRef& ref, std::int64_t* id) {
    domain::Dataset result;
    domain::with_array(result, ref.array, [&](domain::ArrayInfo info, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        bool by_id = domain::key_field_name<T>().empty();
        std::optional<std::int64_t> number;
        if (by_id && !(number = parse_record_id(ref.key))) {
            return;
        }
        // Built once per record type: this runs on every GET of a record.
        static const std::string select = "SELECT " + selected_columns<T>() + " FROM " +
                                          sql_name(info.name) + " WHERE " + address_column<T>() +
                                          " = $1";
        auto rows = by_id ? sql.run(select, *number) : sql.run(select, ref.key);
        std::vector<std::int64_t> ids;
        read_records(sql, info.name, rows, records, ids);
        if (id != nullptr && !ids.empty()) {
            *id = ids.front();
        }
    });
    return result;
}

domain::Page list_records(Sql& sql, const domain::ListQuery& query) {
    domain::Page page;
    auto limit = std::max<std::size_t>(query.limit, 1);
    bool known =
        domain::with_array(page.records, query.array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            auto filters = equality_filters<T>(query);
            if (!filters) {
                return;  // nothing stored can match
            }
            auto& where = filters->first;
            auto& parameters = filters->second;
            auto next_parameter = [&] { return "$" + std::to_string(parameters.size()); };
            bool sorted = !query.sort.empty();
            auto sort_kind = sorted ? column_kind<T>(query.sort) : ColumnKind::Integer;
            if (sort_kind == ColumnKind::None) {
                throw std::invalid_argument("no se puede ordenar por " + query.sort);
            }
            // Text sorts byte by byte, as in SQLite, whatever the database's
            // collation; an absent value sorts before every other, unless
            // asked to come last.
            std::string sort = !sorted ? std::string("id")
                               : sort_kind == ColumnKind::Text
                                   ? sql_name(query.sort) + " COLLATE \"C\""
                                   : sql_name(query.sort);
            bool descending = query.order == domain::SortOrder::Descending;
            bool nulls_last = descending || query.absent_last;
            std::string after = descending ? " < " : " > ";
            auto cursor = parse_cursor(query.after, sorted);
            // A value the column cannot compare with is no cursor of this
            // query (PostgreSQL would refuse the statement).
            if (cursor && cursor->value) {
                cursor->value = comparable(sort_kind, *cursor->value);
                if (!cursor->value) {
                    cursor.reset();
                }
            }
            if (!cursor && !query.after.empty()) {
                page.unreadable_cursor = true;
                return;
            }
            if (cursor) {
                parameters.emplace_back(std::to_string(cursor->id));
                auto id_parameter = next_parameter();
                std::string condition;
                if (!sorted) {
                    condition = "id" + after + id_parameter;
                } else if (!cursor->value) {
                    condition = "(" + sort + " IS NULL AND id" + after + id_parameter + ")";
                    condition += nulls_last ? "" : " OR " + sort + " IS NOT NULL";
                } else {
                    parameters.emplace_back(*cursor->value);
                    auto value = next_parameter();
                    condition = sort + after + value + " OR (" + sort + " = " + value + " AND id" +
                                after + id_parameter + ")";
                    condition += nulls_last ? " OR " + sort + " IS NULL" : "";
                }
                where += (where.empty() ? " WHERE (" : " AND (") + condition + ")";
            }
            std::string direction = descending ? " DESC" : "";
            std::string order = sorted ? sort + direction +
                                             (nulls_last ? " NULLS LAST" : " NULLS FIRST") +
                                             ", id" + direction
                                       : "id" + direction;
            parameters.emplace_back(std::to_string(limit + 1));
            auto rows = sql.run_with("SELECT " + selected_columns<T>() + ", " +
                                         (sorted ? sql_name(query.sort) + "::text" : "NULL") +
                                         " FROM " + sql_name(info.name) + where + " ORDER BY " +
                                         order + " LIMIT " + next_parameter(),
                                     parameters);
            auto sort_column = static_cast<int>(column_names<T>().columns.size()) + 1;
            if (rows.size() > limit) {
                const auto& last = rows[static_cast<int>(limit) - 1];
                page.next =
                    cursor_text(last[0].template as<std::int64_t>(), sorted, last[sort_column]);
            }
            read_records(sql, info.name, rows, records, page.ids);
            if (records.size() > limit) {
                records.resize(limit);
                page.ids.resize(limit);
            }
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + query.array);
    }
    return page;
}

namespace {

// The records of `table` with these ids, in id order, appended to `records`
// (and their ids to `ids`).
template <class T>
void read_chosen(Sql& sql, std::string_view table, const std::vector<std::int64_t>& chosen,
                 std::vector<T>& records, std::vector<std::int64_t>& ids) {
    if (chosen.empty()) {
        return;
    }
    auto rows = sql.run("SELECT " + selected_columns<T>() + " FROM " + sql_name(table) +
                            " WHERE id = ANY($1::bigint[]) ORDER BY id",
                        id_array(chosen));
    read_records(sql, table, rows, records, ids);
}

}  // namespace

domain::Page records_beginning_with(Sql& sql, const std::string& array, const std::string& field,
                                    const std::string& prefix,
                                    const std::function<bool(const std::string&)>& keep) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            if (column_kind<T>(field) != ColumnKind::Text) {
                throw std::invalid_argument("no se puede filtrar por " + field);
            }
            // A range of the column's byte-ordered index (migration 0017):
            // every text that begins with `prefix` sorts below it followed by
            // the last code point, U+10FFFF.
            auto column = sql_name(field) + " COLLATE \"C\"";
            auto picked =
                sql.run("SELECT id, " + sql_name(field) + " FROM " + sql_name(info.name) +
                            " WHERE " + column + " >= $1 AND " + column + " < $2 ORDER BY id",
                        prefix, prefix + "\U0010FFFF");
            std::vector<std::int64_t> chosen;
            for (const auto& row : picked) {
                if (keep(row[1].as<std::string>())) {
                    chosen.push_back(row[0].as<std::int64_t>());
                }
            }
            read_chosen(sql, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

domain::Page records_naming(Sql& sql, const std::string& array,
                            const std::vector<std::string>& fields, const std::string& key,
                            bool beneath) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            // With `beneath`, a byte-ordered range: every text that begins
            // with the key and a slash sorts below it and the last code point.
            auto ids = schema::naming_ids_select<T>(info.name, fields, beneath, "$1", "$2", "$3",
                                                    " COLLATE \"C\"");
            if (ids.empty()) {
                return;
            }
            auto picked =
                beneath ? sql.run(ids, key, key + "/", key + "/\U0010FFFF") : sql.run(ids, key);
            std::vector<std::int64_t> chosen;
            for (const auto& row : picked) {
                chosen.push_back(row[0].template as<std::int64_t>());
            }
            read_chosen(sql, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

domain::Page records_containing(Sql& sql, const std::string& array, const std::string& field,
                                const std::string& key, bool beneath) {
    domain::Page found;
    bool known =
        domain::with_array(found.records, array, [&](domain::ArrayInfo info, auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            if (!schema::is_column_of<T>(field)) {
                throw std::invalid_argument("no se puede buscar en " + field);
            }
            // A scan of one table's column: no index answers «contains».
            auto picked = sql.run("SELECT id FROM " + sql_name(info.name) + " WHERE strpos(" +
                                      sql_name(field) + ", $1) > 0 ORDER BY id",
                                  schema::nested_value_text(key, beneath));
            std::vector<std::int64_t> chosen;
            for (const auto& row : picked) {
                chosen.push_back(row[0].as<std::int64_t>());
            }
            read_chosen(sql, info.name, chosen, records, found.ids);
        });
    if (!known) {
        throw std::invalid_argument("no existe el arreglo " + array);
    }
    return found;
}

}  // namespace vincula::storage::postgres
