#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pqxx/pqxx>

#include "domain/key_index.h"
#include "domain/store.h"
#include "storage/postgres/record_text.h"
#include "storage/postgres/statements.h"

namespace vincula::storage::postgres {

// One transaction and the connection's prepared statements: what every
// query of a store method runs through.
struct Sql {
    pqxx::transaction_base& transaction;
    Statements& statements;

    // Runs `sql` as a prepared statement with these parameters.
    template <class... Args>
    pqxx::result run(const std::string& sql, Args&&... args) {
        return transaction.exec_prepared(statements(sql), std::forward<Args>(args)...);
    }
    pqxx::result run_with(const std::string& sql, const std::vector<ColumnText>& parameters) {
        return run(sql, pqxx::prepare::make_dynamic_params(parameters));
    }
};

// Appends one entry to the audit log, in the transaction of the write it
// records (empty before/after are stored as NULL).
inline void append_audit(Sql& sql, const domain::AuditEntry& entry) {
    sql.run(
        "INSERT INTO audit_log (actor, action, \"array\", key, before, after) "
        "VALUES ($1, $2, $3, $4, NULLIF($5, ''), NULLIF($6, ''))",
        entry.actor, entry.action, entry.array, entry.key, entry.before, entry.after);
}

// A field of a result row as RowReader wants it: text, or nullopt for NULL.
struct FieldText {
    const pqxx::row& row;
    std::optional<std::string_view> operator()(int index) const {
        auto field = row[index];
        if (field.is_null()) {
            return std::nullopt;
        }
        return std::string_view(field.c_str(), field.size());
    }
};

// Bytes as the hex text that decode($n, 'hex') turns into a bytea (libpqxx
// 6 has no binary parameters).
inline std::string bytea_hex(std::string_view bytes) {
    static constexpr char DIGITS[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (unsigned char byte : bytes) {
        text += DIGITS[byte >> 4];
        text += DIGITS[byte & 0x0f];
    }
    return text;
}

// The number a keyless record is addressed by ("12"), if `text` is one.
inline std::optional<std::int64_t> parse_record_id(std::string_view text) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// "{1,2,3}": ids as one array parameter (`= ANY($1::bigint[])`), so a
// query's text does not change with the number of ids.
inline std::string id_array(const std::vector<std::int64_t>& ids) {
    std::string text = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        text += (i == 0 ? "" : ",") + std::to_string(ids[i]);
    }
    return text + "}";
}

// The column that addresses a record of T: its key field, or its id.
template <domain::Record T>
std::string address_column() {
    auto key = domain::key_field_name<T>();
    return key.empty() ? std::string("id") : sql_name(key);
}

}  // namespace vincula::storage::postgres
