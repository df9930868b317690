#pragma once

#include <string>
#include <unordered_map>

#include <pqxx/pqxx>

namespace vincula::storage::postgres {

// Prepared statements kept for the life of the connection, named after the
// order they were first used in: the API's reads run the same few queries
// thousands of times a second, and planning them costs more than running
// them. The SQL is built from records' descriptions only, never from input.
class Statements {
public:
    explicit Statements(pqxx::connection& connection) : m_connection(connection) {}

    // The name of the prepared statement for `sql`, preparing it on first use.
    const std::string& operator()(const std::string& sql) {
        auto [slot, added] = m_names.try_emplace(sql);
        if (added) {
            slot->second = "vincula_" + std::to_string(m_names.size());
            m_connection.prepare(slot->second, sql);
        }
        return slot->second;
    }

private:
    pqxx::connection& m_connection;
    std::unordered_map<std::string, std::string> m_names;
};

}  // namespace vincula::storage::postgres
