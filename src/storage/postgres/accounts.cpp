// Users, sessions, API tokens and sign-in attempts in PostgreSQL. Times are
// the server's clock, so every Vincula server agrees on when a session ends.

#include "common/date.h"
#include "common/messages.h"
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"
#include "storage/schema/user_audit.h"

namespace vincula::storage::postgres {
namespace {

constexpr const char* USER_COLUMNS =
    "users.id, users.email, users.name, users.role, users.area, users.juror, "
    "users.password_hash, users.active";

std::optional<std::string> optional_text(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return field.as<std::string>();
}

domain::User read_user(const pqxx::row& row) {
    return domain::User{
        row[0].as<std::int64_t>(),
        row[1].as<std::string>(),
        row[2].as<std::string>(),
        domain::from_wire<domain::Role>(row[3].as<std::string>()).value_or(domain::Role{}),
        optional_text(row[4]),
        optional_text(row[5]),
        row[6].as<std::string>(),
        row[7].as<bool>(),
    };
}

}  // namespace

common::Result<domain::User> PostgresStore::add_user(domain::User user, const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    // ON CONFLICT: a taken e-mail is an answer, not an aborted transaction,
    // even when two servers add the same person at once.
    auto inserted = sql.run(
        "INSERT INTO users (email, name, role, area, juror, password_hash, active) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING RETURNING id",
        user.email, user.name, std::string(domain::to_wire(user.role)), user.area, user.juror,
        user.password_hash, user.active);
    if (inserted.empty()) {
        return common::field_error("email", "email_en_uso", {user.email});
    }
    user.id = inserted[0][0].as<std::int64_t>();
    append_audit(sql, domain::AuditEntry{actor, "crear", "users", user.email, "",
                                         schema::user_audit_text(user)});
    commit(transaction);
    return user;
}

common::Outcome PostgresStore::set_password(const std::string& email, const std::string& hash,
                                            const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto updated =
        sql.run("UPDATE users SET password_hash = $1 WHERE email = $2 RETURNING id", hash, email);
    if (updated.empty()) {
        return common::field_error("email", "usuario_inexistente", {email});
    }
    // Sessions opened with the old password end with it.
    sql.run("DELETE FROM user_sessions WHERE user_id = $1", updated[0][0].as<std::int64_t>());
    append_audit(sql, domain::AuditEntry{actor, "cambiar_contrasena", "users", email, "", ""});
    commit(transaction);
    return common::ok();
}

void PostgresStore::rehash_password(std::int64_t user_id, const std::string& before,
                                    const std::string& hash) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = $3", hash,
            user_id, before);
    commit(transaction);
}

common::Result<domain::User> PostgresStore::update_user(const domain::User& user,
                                                        const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        std::string("SELECT ") + USER_COLUMNS + " FROM users WHERE id = $1 FOR UPDATE", user.id);
    if (rows.empty()) {
        return common::field_error("id", "usuario_numero_inexistente", {std::to_string(user.id)});
    }
    auto before = read_user(rows[0]);
    sql.run(
        "UPDATE users SET name = $1, role = $2, area = $3, juror = $4, active = $5 WHERE id = $6",
        user.name, std::string(domain::to_wire(user.role)), user.area, user.juror, user.active,
        user.id);
    if (!user.active) {
        sql.run("DELETE FROM user_sessions WHERE user_id = $1", user.id);
    }
    auto after = before;
    after.name = user.name;
    after.role = user.role;
    after.area = user.area;
    after.juror = user.juror;
    after.active = user.active;
    append_audit(
        sql, domain::AuditEntry{actor, "modificar", "users", before.email,
                                schema::user_audit_text(before), schema::user_audit_text(after)});
    commit(transaction);
    return after;
}

std::optional<domain::User> PostgresStore::user_where(const std::string& condition,
                                                      const std::string& value) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(std::string("SELECT ") + USER_COLUMNS + " FROM users " + condition, value);
    if (rows.empty()) {
        return std::nullopt;
    }
    return read_user(rows[0]);
}

std::optional<domain::User> PostgresStore::user_by_email(const std::string& email) {
    return user_where("WHERE email = $1", email);
}

std::vector<domain::User> PostgresStore::users() {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    std::vector<domain::User> result;
    // Byte order, as in SQLite, whatever the database's collation.
    for (const auto& row : sql.run(std::string("SELECT ") + USER_COLUMNS +
                                   " FROM users ORDER BY email COLLATE \"C\"")) {
        result.push_back(read_user(row));
    }
    return result;
}

void PostgresStore::add_session(const std::string& token_hash, std::int64_t user_id,
                                int lifetime_seconds) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run(
        "INSERT INTO user_sessions (token_hash, user_id, expires_at) "
        "VALUES ($1, $2, now() + make_interval(secs => $3))",
        token_hash, user_id, lifetime_seconds);
    commit(transaction);
}

std::optional<domain::User> PostgresStore::user_of_session(const std::string& token_hash) {
    return user_where(
        "JOIN user_sessions ON user_sessions.user_id = users.id "
        "WHERE user_sessions.token_hash = $1 AND users.active "
        "AND user_sessions.expires_at > now()",
        token_hash);
}

void PostgresStore::remove_session(const std::string& token_hash) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("DELETE FROM user_sessions WHERE token_hash = $1", token_hash);
    commit(transaction);
}

void PostgresStore::add_token(const std::string& token_hash, std::int64_t user_id,
                              const std::string& label, int lifetime_days) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run(
        "INSERT INTO api_tokens (token_hash, user_id, label, expires_at) VALUES ($1, $2, $3, "
        "CASE WHEN $4 > 0 THEN now() + make_interval(days => $4) END)",
        token_hash, user_id, label, lifetime_days);
    commit(transaction);
}

std::optional<domain::User> PostgresStore::user_of_token(const std::string& token_hash) {
    // Tokens that expire are read each time: a cached answer could outlive
    // the expiry. Revoking one is a change every server hears of.
    auto generation = cache_generation();
    std::optional<domain::User> user;
    std::optional<std::optional<domain::User>> kept;
    if (generation) {
        kept = m_read_cache->user_of_token(token_hash, *generation);
    }
    if (kept) {
        user = std::move(*kept);
    } else {
        user = user_where(
            "JOIN api_tokens ON api_tokens.user_id = users.id "
            "WHERE api_tokens.token_hash = $1 AND users.active "
            "AND (api_tokens.expires_at IS NULL OR api_tokens.expires_at > now())",
            token_hash);
        if (generation && !token_expires(token_hash)) {
            m_read_cache->keep_user_of_token(token_hash, *generation, user);
        }
    }
    if (user) {
        // The day of use, written at most once a day per token and connection.
        auto today = common::mexico_city_time(std::chrono::system_clock::now()).date.to_iso();
        auto& noted = m_token_use_days[token_hash];
        if (noted != today) {
            pqxx::work transaction(*m_connection);
            Sql sql{transaction, m_statements};
            sql.run(
                "UPDATE api_tokens SET last_used_at = $2::date WHERE token_hash = $1 AND "
                "last_used_at IS DISTINCT FROM $2::date",
                token_hash, today);
            commit(transaction);
            noted = today;
        }
    }
    return user;
}

bool PostgresStore::token_expires(const std::string& token_hash) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    return !sql.run("SELECT 1 FROM api_tokens WHERE token_hash = $1 AND expires_at IS NOT NULL",
                    token_hash)
                .empty();
}

std::vector<domain::ApiToken> PostgresStore::tokens(std::optional<std::int64_t> user_id) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "SELECT api_tokens.id, users.email, api_tokens.label, "
        "to_char(api_tokens.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "COALESCE(to_char(api_tokens.last_used_at, 'YYYY-MM-DD'), ''), "
        "COALESCE(to_char(api_tokens.expires_at AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), '') "
        "FROM api_tokens JOIN users ON users.id = api_tokens.user_id "
        "WHERE $1::bigint IS NULL OR api_tokens.user_id = $1 ORDER BY api_tokens.id DESC",
        user_id ? std::optional<long long>(*user_id) : std::nullopt);
    std::vector<domain::ApiToken> result;
    for (const auto& row : rows) {
        result.push_back(domain::ApiToken{row[0].as<long long>(), row[1].as<std::string>(),
                                          row[2].as<std::string>(), row[3].as<std::string>(),
                                          row[4].as<std::string>(), row[5].as<std::string>()});
    }
    return result;
}

bool PostgresStore::revoke_token(std::int64_t id, std::optional<std::int64_t> user_id,
                                 const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto removed = sql.run(
        "DELETE FROM api_tokens USING users WHERE users.id = api_tokens.user_id AND "
        "api_tokens.id = $1 AND ($2::bigint IS NULL OR api_tokens.user_id = $2) "
        "RETURNING users.email, api_tokens.label",
        static_cast<long long>(id), user_id ? std::optional<long long>(*user_id) : std::nullopt);
    if (removed.empty()) {
        return false;
    }
    append_audit(sql, schema::token_revocation_audit(id, removed[0][0].as<std::string>(),
                                                     removed[0][1].as<std::string>(), actor));
    commit(transaction);
    return true;
}

domain::AttemptGate PostgresStore::begin_attempt(const std::string& email,
                                                 const std::string& address, int window_seconds) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    // One attempt per address at a time counts and records, so concurrent
    // attempts each see the failures before them.
    sql.run("SELECT pg_advisory_xact_lock(hashtext($1))", "login/" + address);
    auto counts = sql.run(
        "WITH recent AS (SELECT id, email, at FROM login_attempts WHERE address = $2 AND NOT "
        "succeeded AND at >= clock_timestamp() - make_interval(secs => $3)), "
        "pair AS (SELECT at FROM recent WHERE email = $1 AND id > COALESCE((SELECT MAX(id) "
        "FROM login_attempts WHERE email = $1 AND address = $2 AND succeeded), 0)) "
        "SELECT (SELECT COUNT(*) FROM pair)::int, "
        "COALESCE((SELECT floor(EXTRACT(EPOCH FROM clock_timestamp() - MAX(at)))::int FROM pair), "
        "0), "
        "(SELECT COUNT(*) FROM recent)::int, "
        "COALESCE((SELECT floor(EXTRACT(EPOCH FROM clock_timestamp() - MAX(at)))::int FROM "
        "recent), 0)",
        email, address, window_seconds);
    domain::AttemptGate gate;
    gate.pair_failures = counts[0][0].as<int>();
    gate.seconds_since_pair_failure = counts[0][1].as<int>();
    gate.address_failures = counts[0][2].as<int>();
    gate.seconds_since_address_failure = counts[0][3].as<int>();
    auto added = sql.run(
        "INSERT INTO login_attempts (email, address, succeeded, at) "
        "VALUES ($1, $2, false, clock_timestamp()) RETURNING id",
        email, address);
    gate.id = added[0][0].as<long long>();
    commit(transaction);
    return gate;
}

void PostgresStore::finish_attempt(std::int64_t id, domain::AttemptOutcome outcome) {
    if (outcome == domain::AttemptOutcome::Failed) {
        return;  // recorded as failed when it began
    }
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    if (outcome == domain::AttemptOutcome::Succeeded) {
        sql.run("UPDATE login_attempts SET succeeded = true WHERE id = $1",
                static_cast<long long>(id));
    } else {
        sql.run("DELETE FROM login_attempts WHERE id = $1", static_cast<long long>(id));
    }
    commit(transaction);
}

}  // namespace vincula::storage::postgres
