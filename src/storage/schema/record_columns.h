#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "domain/describe.h"

// Which of a record's fields are columns of its table and which are lists of
// references kept in tables <array>__<field> of (owner_id, position, value).
// Nothing of any database library: both backends map records the same way.
namespace vincula::storage::schema {

template <class T>
constexpr bool is_reference_list(const domain::FieldSpec& spec) {
    return std::is_same_v<T, std::vector<std::string>> && spec.refers != domain::Refers::Nothing;
}

template <class T>
constexpr bool is_column(const domain::FieldSpec& spec) {
    return !spec.stored_apart && !is_reference_list<T>(spec);
}

// Names of the columns (in describe order) and of the reference lists.
struct ColumnNames {
    std::vector<std::string> columns;
    std::vector<std::string> lists;

    template <class T>
    void field(std::string_view name, const T&, domain::FieldSpec spec = {}) {
        if (is_reference_list<T>(spec)) {
            lists.emplace_back(name);
        } else if (is_column<T>(spec)) {
            columns.emplace_back(name);
        }
    }
};

template <domain::Record T>
const ColumnNames& column_names() {
    static const ColumnNames names = [] {
        const T sample{};
        ColumnNames found;
        T::describe(sample, found);
        return found;
    }();
    return names;
}

// Whether `field` is one of T's columns (a name a caller gave, checked
// before it reaches SQL).
template <domain::Record T>
bool is_column_of(std::string_view field) {
    const auto& columns = column_names<T>().columns;
    return std::find(columns.begin(), columns.end(), field) != columns.end();
}

inline std::string sql_name(std::string_view identifier) {
    return "\"" + std::string(identifier) + "\"";
}

inline std::string list_table(std::string_view array, std::string_view field) {
    return std::string(array) + "__" + std::string(field);
}

// The condition of a list query's filter on `field` of `array` (type T):
// its column equals `value` (a placeholder), or its list of references
// holds it (by the list table's index on value). Throws
// std::invalid_argument for a field that is neither.
template <domain::Record T>
std::string equality_condition(std::string_view array, const std::string& field,
                               const std::string& value) {
    const auto& names = column_names<T>();
    if (std::find(names.columns.begin(), names.columns.end(), field) != names.columns.end()) {
        return sql_name(field) + " = " + value;
    }
    if (std::find(names.lists.begin(), names.lists.end(), field) != names.lists.end()) {
        return "id IN (SELECT owner_id FROM " + sql_name(list_table(array, field)) +
               " WHERE value = " + value + ")";
    }
    throw std::invalid_argument("no se puede filtrar por " + field);
}

// The ids of the records of `array` (type T) that name a key in one of
// `fields` (its columns, or its lists of references' values): one UNION, each
// part answered by its column's index. `key` is the placeholder of the key;
// with `beneath`, `low` and `high` those of a range of texts (the key and a
// slash, and past every text that begins so), compared as `collate` says.
// Throws std::invalid_argument for a field that is neither.
template <domain::Record T>
std::string naming_ids_select(std::string_view array, const std::vector<std::string>& fields,
                              bool beneath, const std::string& key, const std::string& low,
                              const std::string& high, const std::string& collate = "") {
    const auto& names = column_names<T>();
    std::string ids;
    for (const auto& field : fields) {
        std::string source;
        std::string column;
        if (std::find(names.columns.begin(), names.columns.end(), field) != names.columns.end()) {
            source = "SELECT id FROM " + sql_name(array);
            column = sql_name(field);
        } else if (std::find(names.lists.begin(), names.lists.end(), field) != names.lists.end()) {
            source = "SELECT owner_id FROM " + sql_name(list_table(array, field));
            column = "value";
        } else {
            throw std::invalid_argument("no se puede buscar por " + field);
        }
        ids += (ids.empty() ? "" : " UNION ") + source + " WHERE " + column + " = " + key;
        if (beneath) {
            ids += " UNION " + source + " WHERE " + column + collate + " >= " + low + " AND " +
                   column + collate + " < " + high;
        }
    }
    return ids;
}

// The SELECT that tallies the records of `array` (type T) that `where` (the
// backend's WHERE clause of a list query's filters, or "") chooses, by
// `field`: a column's value (its first `leading` characters when not 0),
// or a list of references' first element; value and count per row.
// Throws std::invalid_argument for a field that is neither.
template <domain::Record T>
std::string tally_select(std::string_view array, const std::string& field, std::size_t leading,
                         const std::string& where) {
    const auto& names = column_names<T>();
    auto table = sql_name(array);
    if (std::find(names.columns.begin(), names.columns.end(), field) != names.columns.end()) {
        auto value = leading == 0
                         ? sql_name(field)
                         : "substr(" + sql_name(field) + ", 1, " + std::to_string(leading) + ")";
        return "SELECT " + value + ", COUNT(*) FROM " + table + where +
               (where.empty() ? " WHERE " : " AND ") + sql_name(field) + " IS NOT NULL GROUP BY 1";
    }
    if (std::find(names.lists.begin(), names.lists.end(), field) != names.lists.end()) {
        return "SELECT value, COUNT(*) FROM " + sql_name(list_table(array, field)) +
               " WHERE position = 0 AND owner_id IN (SELECT id FROM " + table + where +
               ") GROUP BY value";
    }
    throw std::invalid_argument("no se puede contar por " + field);
}

// "id, \"key\", \"name\", …": the store's number, then the record's columns.
template <domain::Record T>
std::string selected_columns() {
    std::string columns = "id";
    for (const auto& column : column_names<T>().columns) {
        columns += ", " + sql_name(column);
    }
    return columns;
}

// Finds one reference-list field of a record by name.
class ListAccess {
public:
    explicit ListAccess(std::string_view name) : m_name(name) {}

    template <class T>
    void field(std::string_view name, T& value, domain::FieldSpec spec = {}) {
        using Plain = std::remove_const_t<T>;
        if constexpr (std::is_same_v<Plain, std::vector<std::string>>) {
            if (name == m_name && is_reference_list<Plain>(spec)) {
                const_found = &value;
                if constexpr (!std::is_const_v<T>) {
                    found = &value;
                }
            }
        }
    }

    std::vector<std::string>* found = nullptr;
    const std::vector<std::string>* const_found = nullptr;

private:
    std::string_view m_name;
};

}  // namespace vincula::storage::schema
