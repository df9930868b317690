// Users, sessions, API tokens and sign-in attempts in PostgreSQL. Times are
// the server's clock, so every Vincula server agrees on when a session ends.

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
    transaction.commit();
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
    transaction.commit();
    return common::ok();
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
    transaction.commit();
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
    transaction.commit();
}

void PostgresStore::add_token(const std::string& token_hash, std::int64_t user_id,
                              const std::string& label) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("INSERT INTO api_tokens (token_hash, user_id, label) VALUES ($1, $2, $3)", token_hash,
            user_id, label);
    transaction.commit();
}

std::optional<domain::User> PostgresStore::user_of_token(const std::string& token_hash) {
    return user_where(
        "JOIN api_tokens ON api_tokens.user_id = users.id "
        "WHERE api_tokens.token_hash = $1 AND users.active",
        token_hash);
}

void PostgresStore::record_attempt(const domain::LoginAttempt& attempt) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("INSERT INTO login_attempts (email, address, succeeded) VALUES ($1, $2, $3)",
            attempt.email, attempt.address, attempt.succeeded);
    transaction.commit();
}

std::pair<int, int> PostgresStore::recent_failures(const std::string& email,
                                                   const std::string& address, int seconds) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto counts = sql.run(
        "SELECT (SELECT COUNT(*) FROM login_attempts WHERE email = $1 AND NOT succeeded "
        "AND at >= now() - make_interval(secs => $3)), "
        "(SELECT COUNT(*) FROM login_attempts WHERE address = $2 AND NOT succeeded "
        "AND at >= now() - make_interval(secs => $3))",
        email, address, seconds);
    return {counts[0][0].as<int>(), counts[0][1].as<int>()};
}

}  // namespace vincula::storage::postgres
