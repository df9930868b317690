// The public's contest registrations awaiting their e-mail's confirmation,
// in PostgreSQL (domain/entry_requests.h).
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

bool PostgresStore::add_entry_request(const std::string& token_hash,
                                      const domain::EntryRequest& request,
                                      const domain::EntryRequestWindow& window) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    // One request per address at a time counts and adds, so concurrent
    // sends each see those before them.
    sql.run("SELECT pg_advisory_xact_lock(hashtext($1))", "entry/" + request.address);
    sql.run("DELETE FROM entry_requests WHERE created_ms < $1",
            static_cast<long long>(window.forget_before_ms));
    auto counted =
        sql.run("SELECT COUNT(*)::int FROM entry_requests WHERE address = $1 AND created_ms >= $2",
                request.address, static_cast<long long>(window.counted_since_ms));
    if (counted[0][0].as<int>() >= window.per_address) {
        return false;  // not committed: nothing forgotten either
    }
    sql.run(
        "INSERT INTO entry_requests (token_hash, contest, fields, address, created_ms) "
        "VALUES ($1, $2, $3, $4, $5)",
        token_hash, request.contest, request.fields, request.address,
        static_cast<long long>(window.now_ms));
    commit(transaction);
    return true;
}

std::optional<domain::EntryRequest> PostgresStore::entry_request(const std::string& token_hash,
                                                                 std::int64_t valid_from_ms) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "SELECT contest, fields, address FROM entry_requests "
        "WHERE token_hash = $1 AND used_ms IS NULL AND created_ms >= $2",
        token_hash, static_cast<long long>(valid_from_ms));
    if (rows.empty()) {
        return std::nullopt;
    }
    return domain::EntryRequest{rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
                                rows[0][2].as<std::string>()};
}

std::optional<domain::EntryRequest> PostgresStore::claim_entry_request(
    const std::string& token_hash, std::int64_t valid_from_ms, std::int64_t now_ms) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    // One statement: of two claims at once, the second waits for the row's
    // lock, then finds it used.
    auto rows = sql.run(
        "UPDATE entry_requests SET used_ms = $1 "
        "WHERE token_hash = $2 AND used_ms IS NULL AND created_ms >= $3 "
        "RETURNING contest, fields, address",
        static_cast<long long>(now_ms), token_hash, static_cast<long long>(valid_from_ms));
    commit(transaction);
    if (rows.empty()) {
        return std::nullopt;
    }
    return domain::EntryRequest{rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
                                rows[0][2].as<std::string>()};
}

void PostgresStore::release_entry_request(const std::string& token_hash) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("UPDATE entry_requests SET used_ms = NULL WHERE token_hash = $1", token_hash);
    commit(transaction);
}

std::optional<std::int64_t> PostgresStore::append_entry_upload(const std::string& token_hash,
                                                               std::int64_t offset,
                                                               const std::string& name,
                                                               std::string_view part,
                                                               std::int64_t valid_from_ms) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "UPDATE entry_requests SET upload_name = $1, upload_size = $2 + $3, "
        "upload = CASE WHEN $2 = 0 THEN decode($4, 'hex') "
        "ELSE upload || decode($4, 'hex') END "
        "WHERE token_hash = $5 AND used_ms IS NULL AND created_ms >= $6 AND "
        "($2 = 0 OR upload_size = $2) RETURNING upload_size",
        name, static_cast<long long>(offset), static_cast<long long>(part.size()), bytea_hex(part),
        token_hash, static_cast<long long>(valid_from_ms));
    commit(transaction);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows[0][0].as<long long>();
}

std::optional<domain::WorkFile> PostgresStore::entry_upload(const std::string& token_hash) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "SELECT upload_name, upload FROM entry_requests WHERE token_hash = $1 AND upload_size > 0",
        token_hash);
    if (rows.empty()) {
        return std::nullopt;
    }
    pqxx::binarystring content(rows[0][1]);
    return domain::WorkFile{rows[0][0].as<std::string>(), "", content.str()};
}

}  // namespace vincula::storage::postgres
