#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "bundle/record_reader.h"
#include "bundle/record_writer.h"
#include "domain/describe.h"
#include "storage/schema/record_columns.h"

// A record's column values as text and back, with nothing of any database
// library in it: scalars travel as their text (or NULL), nested values as
// JSON text. The same rules as src/storage/sqlite/row_mapping.h, written
// over text so that a backend only moves strings.
namespace vincula::storage::postgres {

using schema::column_names;
using schema::ColumnNames;
using schema::is_column;
using schema::is_reference_list;
using schema::list_table;
using schema::ListAccess;
using schema::selected_columns;
using schema::sql_name;

using ColumnText = std::optional<std::string>;  // nullopt: NULL

// A record's column values as text, in describe order.
class RowText {
public:
    std::vector<ColumnText> values;

    template <class T>
    void field(std::string_view, const T& value, domain::FieldSpec spec = {}) {
        if (is_column<T>(spec)) {
            values.push_back(text(value));
        }
    }

    static ColumnText text(const std::string& value) { return value; }
    static ColumnText text(int value) { return std::to_string(value); }
    static ColumnText text(long value) { return std::to_string(value); }
    static ColumnText text(double value) {
        // Shortest text that reads back as the same double.
        char buffer[32];
        auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        return std::string(buffer, end);
    }
    static ColumnText text(bool value) { return value ? "true" : "false"; }
    static ColumnText text(const common::Date& value) { return value.to_iso(); }
    static ColumnText text(const common::TimeOfDay& value) { return value.to_string(); }
    template <domain::WireEnum E>
    static ColumnText text(E value) {
        return std::string(domain::to_wire(value));
    }
    template <class T>
    static ColumnText text(const std::optional<T>& value) {
        return value ? text(*value) : std::nullopt;
    }
    // Nested values and lists of them: JSON text, NULL when empty.
    template <class T>
    requires(domain::Record<T> || domain::IsVector<T>::value ||
             std::is_same_v<T, domain::Counts>) static ColumnText text(const T& value) {
        if constexpr (!domain::Record<T>) {
            if (value.empty()) {
                return std::nullopt;
            }
        }
        return bundle::RecordWriter::to_json(value).dump();
    }
};

template <domain::Record T>
std::vector<ColumnText> row_text(const T& record) {
    RowText row;
    T::describe(record, row);
    return std::move(row.values);
}

// Reads a record's columns, in describe order, from a row that yields
// each column as text or NULL: `row(index)` returns std::optional<std::string_view>.
template <class Row>
class RowReader {
public:
    RowReader(Row row, int first) : m_row(std::move(row)), m_index(first) {}

    template <class T>
    void field(std::string_view, T& value, domain::FieldSpec spec = {}) {
        if (is_column<T>(spec)) {
            auto text = m_row(m_index++);
            read(text, value);
        }
    }

private:
    using Text = std::optional<std::string_view>;

    template <class N>
    static void number(Text text, N& value) {
        value = N{};
        if (text) {
            std::from_chars(text->data(), text->data() + text->size(), value);
        }
    }
    static void read(Text text, std::string& value) { value = text.value_or(""); }
    static void read(Text text, int& value) { number(text, value); }
    static void read(Text text, long& value) { number(text, value); }
    static void read(Text text, double& value) { number(text, value); }
    // PostgreSQL writes booleans as t/f, SQLite as 1/0.
    static void read(Text text, bool& value) {
        value = text && (*text == "t" || *text == "true" || *text == "1");
    }
    static void read(Text text, common::Date& value) {
        value = common::Date::parse_iso(text.value_or("")).value_or(common::Date{});
    }
    static void read(Text text, common::TimeOfDay& value) {
        value = common::TimeOfDay::parse(text.value_or("")).value_or(common::TimeOfDay{});
    }
    template <domain::WireEnum E>
    static void read(Text text, E& value) {
        value = domain::from_wire<E>(text.value_or("")).value_or(E{});
    }
    template <class T>
    static void read(Text text, std::optional<T>& value) {
        if (!text) {
            value.reset();
            return;
        }
        T inner{};
        read(text, inner);
        value = std::move(inner);
    }
    template <class T>
    requires(domain::Record<T> || domain::IsVector<T>::value ||
             std::is_same_v<T, domain::Counts>) static void read(Text text, T& value) {
        value = T{};
        if (!text) {
            return;
        }
        // Written by RowText from validated records: nothing to report.
        common::FieldErrors ignored;
        bundle::RecordReader::read_value(nlohmann::json::parse(*text), value, ignored);
    }

    Row m_row;
    int m_index;
};

}  // namespace vincula::storage::postgres
