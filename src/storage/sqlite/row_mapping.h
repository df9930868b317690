#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "bundle/record_reader.h"
#include "bundle/record_writer.h"
#include "domain/describe.h"
#include "storage/schema/record_columns.h"

// How a record's fields map to SQLite: scalars are columns named like the
// field; a list of references is a table <array>__<field> of (owner_id,
// position, value); other nested values are JSON text columns.
namespace vincula::storage::sqlite {

using schema::column_names;
using schema::ColumnNames;
using schema::is_column;
using schema::is_reference_list;
using schema::list_table;
using schema::ListAccess;
using schema::selected_columns;
using schema::sql_name;

// Binds a record's column values, in describe order, from parameter 1 on.
class RowBinder {
public:
    explicit RowBinder(SQLite::Statement& statement) : m_statement(statement) {}

    template <class T>
    void field(std::string_view, const T& value, domain::FieldSpec spec = {}) {
        if (is_column<T>(spec)) {
            bind(value);
        }
    }

private:
    void bind_null() { m_statement.bind(m_index++); }
    void bind(const std::string& value) { m_statement.bind(m_index++, value); }
    void bind(int value) { m_statement.bind(m_index++, value); }
    void bind(long value) { m_statement.bind(m_index++, static_cast<int64_t>(value)); }
    void bind(double value) { m_statement.bind(m_index++, value); }
    void bind(bool value) { m_statement.bind(m_index++, value ? 1 : 0); }
    void bind(const common::Date& value) { m_statement.bind(m_index++, value.to_iso()); }
    void bind(const common::TimeOfDay& value) { m_statement.bind(m_index++, value.to_string()); }
    template <domain::WireEnum E>
    void bind(E value) {
        m_statement.bind(m_index++, std::string(domain::to_wire(value)));
    }
    template <class T>
    void bind(const std::optional<T>& value) {
        if (value) {
            bind(*value);
        } else {
            bind_null();
        }
    }
    // Nested values and lists of them: JSON text, NULL when empty.
    template <class T>
    requires(domain::Record<T> || domain::IsVector<T>::value ||
             std::is_same_v<T, domain::Counts>) void bind(const T& value) {
        if constexpr (!domain::Record<T>) {
            if (value.empty()) {
                bind_null();
                return;
            }
        }
        m_statement.bind(m_index++, bundle::RecordWriter::to_json(value).dump());
    }

    SQLite::Statement& m_statement;
    int m_index = 1;
};

// Reads a record's column values, in describe order, from column `first` on.
class RowReader {
public:
    RowReader(SQLite::Statement& statement, int first) : m_statement(statement), m_index(first) {}

    template <class T>
    void field(std::string_view, T& value, domain::FieldSpec spec = {}) {
        if (is_column<T>(spec)) {
            read(m_statement.getColumn(m_index++), value);
        }
    }

private:
    static void read(const SQLite::Column& column, std::string& value) {
        value = column.getString();
    }
    static void read(const SQLite::Column& column, int& value) { value = column.getInt(); }
    static void read(const SQLite::Column& column, long& value) { value = column.getInt64(); }
    static void read(const SQLite::Column& column, double& value) { value = column.getDouble(); }
    static void read(const SQLite::Column& column, bool& value) { value = column.getInt() != 0; }
    static void read(const SQLite::Column& column, common::Date& value) {
        value = common::Date::parse_iso(column.getString()).value_or(common::Date{});
    }
    static void read(const SQLite::Column& column, common::TimeOfDay& value) {
        value = common::TimeOfDay::parse(column.getString()).value_or(common::TimeOfDay{});
    }
    template <domain::WireEnum E>
    static void read(const SQLite::Column& column, E& value) {
        value = domain::from_wire<E>(column.getString()).value_or(E{});
    }
    template <class T>
    static void read(const SQLite::Column& column, std::optional<T>& value) {
        if (column.isNull()) {
            value.reset();
            return;
        }
        T inner{};
        read(column, inner);
        value = std::move(inner);
    }
    template <class T>
    requires(domain::Record<T> || domain::IsVector<T>::value ||
             std::is_same_v<T, domain::Counts>) static void read(const SQLite::Column& column,
                                                                 T& value) {
        if (column.isNull()) {
            value = T{};
            return;
        }
        // Written by RowBinder from validated records: nothing to report.
        common::FieldErrors ignored;
        bundle::RecordReader::read_value(nlohmann::json::parse(column.getString()), value, ignored);
    }

    SQLite::Statement& m_statement;
    int m_index;
};

}  // namespace vincula::storage::sqlite
