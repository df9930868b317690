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
    transaction.commit();
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
    transaction.commit();
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
    transaction.commit();
}

}  // namespace vincula::storage::postgres
