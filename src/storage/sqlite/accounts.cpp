// Users, sessions, API tokens and sign-in attempts in SQLite.
#include <SQLiteCpp/Transaction.h>

#include "common/date.h"
#include "common/messages.h"
#include "storage/schema/user_audit.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

constexpr const char* USER_COLUMNS =
    "users.id, users.email, users.name, users.role, users.area, users.juror, "
    "users.password_hash, users.active";

constexpr const char* NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

// A user's columns and `condition`; each statement is built once, since the
// check of a token or session runs on every request.
std::string user_select(const std::string& condition) {
    return std::string("SELECT ") + USER_COLUMNS + " FROM users " + condition;
}

std::optional<std::string> optional_text(const SQLite::Column& column) {
    if (column.isNull()) {
        return std::nullopt;
    }
    return column.getString();
}

domain::User read_user(SQLite::Statement& row) {
    return domain::User{
        row.getColumn(0).getInt64(),
        row.getColumn(1).getString(),
        row.getColumn(2).getString(),
        domain::from_wire<domain::Role>(row.getColumn(3).getString()).value_or(domain::Role{}),
        optional_text(row.getColumn(4)),
        optional_text(row.getColumn(5)),
        row.getColumn(6).getString(),
        row.getColumn(7).getInt() != 0,
    };
}

void bind_optional(SQLite::Statement& statement, int index,
                   const std::optional<std::string>& value) {
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bind(index);
    }
}

}  // namespace

common::Result<domain::User> SqliteStore::add_user(domain::User user, const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    if (user_by_email(user.email)) {
        return common::field_error("email", "email_en_uso", {user.email});
    }
    SQLite::Statement insert(m_database,
                             "INSERT INTO users (email, name, role, area, juror, password_hash, "
                             "active) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, user.email);
    insert.bind(2, user.name);
    insert.bind(3, std::string(domain::to_wire(user.role)));
    bind_optional(insert, 4, user.area);
    bind_optional(insert, 5, user.juror);
    insert.bind(6, user.password_hash);
    insert.bind(7, user.active ? 1 : 0);
    insert.exec();
    user.id = m_database.getLastInsertRowid();
    append_audit(
        domain::AuditEntry{actor, "crear", "users", user.email, "", schema::user_audit_text(user)});
    transaction.commit();
    return user;
}

common::Outcome SqliteStore::set_password(const std::string& email, const std::string& hash,
                                          const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement update(m_database, "UPDATE users SET password_hash = ? WHERE email = ?");
    update.bind(1, hash);
    update.bind(2, email);
    if (update.exec() == 0) {
        return common::field_error("email", "usuario_inexistente", {email});
    }
    // Sessions opened with the old password end with it.
    SQLite::Statement sessions(m_database,
                               "DELETE FROM user_sessions WHERE user_id = "
                               "(SELECT id FROM users WHERE email = ?)");
    sessions.bind(1, email);
    sessions.exec();
    append_audit(domain::AuditEntry{actor, "cambiar_contrasena", "users", email, "", ""});
    transaction.commit();
    changed_here();
    return common::ok();
}

void SqliteStore::rehash_password(std::int64_t user_id, const std::string& before,
                                  const std::string& hash) {
    end_snapshot();
    SQLite::Statement update(
        m_database, "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?");
    update.bind(1, hash);
    update.bind(2, user_id);
    update.bind(3, before);
    update.exec();
}

common::Result<domain::User> SqliteStore::update_user(const domain::User& user,
                                                      const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    static const std::string by_id = user_select("WHERE id = ?");
    auto before = user_where(by_id, std::to_string(user.id));
    if (!before) {
        return common::field_error("id", "usuario_numero_inexistente", {std::to_string(user.id)});
    }
    SQLite::Statement update(
        m_database,
        "UPDATE users SET name = ?, role = ?, area = ?, juror = ?, active = ? WHERE id = ?");
    update.bind(1, user.name);
    update.bind(2, std::string(domain::to_wire(user.role)));
    bind_optional(update, 3, user.area);
    bind_optional(update, 4, user.juror);
    update.bind(5, user.active ? 1 : 0);
    update.bind(6, user.id);
    update.exec();
    if (!user.active) {
        SQLite::Statement sessions(m_database, "DELETE FROM user_sessions WHERE user_id = ?");
        sessions.bind(1, user.id);
        sessions.exec();
    }
    auto after = *before;
    after.name = user.name;
    after.role = user.role;
    after.area = user.area;
    after.juror = user.juror;
    after.active = user.active;
    append_audit(domain::AuditEntry{actor, "modificar", "users", before->email,
                                    schema::user_audit_text(*before),
                                    schema::user_audit_text(after)});
    transaction.commit();
    changed_here();
    return after;
}

std::optional<domain::User> SqliteStore::user_where(const std::string& sql,
                                                    const std::string& value) {
    auto& select = m_cache.get(sql);
    StatementCache::Use use(select);
    select.bind(1, value);
    if (!select.executeStep()) {
        return std::nullopt;
    }
    return read_user(select);
}

std::optional<domain::User> SqliteStore::user_by_email(const std::string& email) {
    static const std::string sql = user_select("WHERE email = ?");
    return user_where(sql, email);
}

std::vector<domain::User> SqliteStore::users() {
    SQLite::Statement select(m_database,
                             std::string("SELECT ") + USER_COLUMNS + " FROM users ORDER BY email");
    std::vector<domain::User> result;
    while (select.executeStep()) {
        result.push_back(read_user(select));
    }
    return result;
}

void SqliteStore::add_session(const std::string& token_hash, std::int64_t user_id,
                              int lifetime_seconds) {
    end_snapshot();
    auto& insert = m_cache.get(
        "INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES (?, ?, "
        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?))");
    StatementCache::Use use(insert);
    insert.bind(1, token_hash);
    insert.bind(2, static_cast<int64_t>(user_id));
    insert.bind(3, "+" + std::to_string(lifetime_seconds) + " seconds");
    insert.exec();
}

std::optional<domain::User> SqliteStore::user_of_session(const std::string& token_hash) {
    static const std::string sql = user_select(
        "JOIN user_sessions ON user_sessions.user_id = users.id "
        "WHERE user_sessions.token_hash = ? AND users.active = 1 "
        "AND user_sessions.expires_at > " +
        std::string(NOW));
    return user_where(sql, token_hash);
}

void SqliteStore::remove_session(const std::string& token_hash) {
    end_snapshot();
    auto& remove = m_cache.get("DELETE FROM user_sessions WHERE token_hash = ?");
    StatementCache::Use use(remove);
    remove.bind(1, token_hash);
    remove.exec();
}

void SqliteStore::add_token(const std::string& token_hash, std::int64_t user_id,
                            const std::string& label, int lifetime_days) {
    end_snapshot();
    SQLite::Statement insert(
        m_database,
        "INSERT INTO api_tokens (token_hash, user_id, label, expires_at) "
        "VALUES (?, ?, ?, CASE WHEN ?4 > 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', "
        "'now', '+' || ?4 || ' days') END)");
    insert.bind(1, token_hash);
    insert.bind(2, static_cast<int64_t>(user_id));
    insert.bind(3, label);
    insert.bind(4, lifetime_days);
    insert.exec();
}

std::optional<domain::User> SqliteStore::user_of_token(const std::string& token_hash) {
    // Tokens that expire are read each time (by key): a cached answer
    // could outlive the expiry. Revoking deletes the row, which any cache
    // sees at once (every commit is a new generation).
    static const std::string sql = user_select(
        "JOIN api_tokens ON api_tokens.user_id = users.id "
        "WHERE api_tokens.token_hash = ? AND users.active = 1 AND "
        "(api_tokens.expires_at IS NULL OR api_tokens.expires_at > " +
        std::string(NOW) + ")");
    static const std::string expiring =
        "SELECT 1 FROM api_tokens WHERE token_hash = ? AND expires_at IS NOT NULL";
    auto generation = cache_generation();
    std::optional<domain::User> user;
    bool cached = false;
    if (generation) {
        if (auto kept = m_read_cache->user_of_token(token_hash, *generation)) {
            user = *kept;
            cached = true;
        }
    }
    if (!cached) {
        user = user_where(sql, token_hash);
        SQLite::Statement expires(m_database, expiring);
        expires.bind(1, token_hash);
        if (generation && !expires.executeStep()) {
            m_read_cache->keep_user_of_token(token_hash, *generation, user);
        }
    }
    if (user) {
        note_token_use(token_hash);
    }
    return user;
}

void SqliteStore::note_token_use(const std::string& token_hash) {
    auto today = common::mexico_city_time(std::chrono::system_clock::now()).date.to_iso();
    auto& noted = m_token_use_days[token_hash];
    if (noted == today) {
        return;
    }
    end_snapshot();
    // A note, not the request's purpose: taken only if the file is free this
    // instant (no wait behind another process's write), else next time.
    m_database.setBusyTimeout(0);
    try {
        SQLite::Statement update(m_database,
                                 "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND "
                                 "(last_used_at IS NULL OR last_used_at <> ?)");
        update.bind(1, today);
        update.bind(2, token_hash);
        update.bind(3, today);
        update.exec();
        noted = today;
    } catch (const SQLite::Exception&) {
        // Busy: the day of use is noted on a later request.
    }
    m_database.setBusyTimeout(BUSY_TIMEOUT_MS);
}

std::vector<domain::ApiToken> SqliteStore::tokens(std::optional<std::int64_t> user_id) {
    SQLite::Statement select(
        m_database,
        "SELECT api_tokens.rowid, users.email, api_tokens.label, api_tokens.created_at, "
        "COALESCE(api_tokens.last_used_at, ''), COALESCE(api_tokens.expires_at, '') "
        "FROM api_tokens JOIN users ON users.id = api_tokens.user_id "
        "WHERE ?1 IS NULL OR api_tokens.user_id = ?1 ORDER BY api_tokens.rowid DESC");
    if (user_id) {
        select.bind(1, static_cast<int64_t>(*user_id));
    } else {
        select.bind(1);
    }
    std::vector<domain::ApiToken> result;
    while (select.executeStep()) {
        result.push_back(
            domain::ApiToken{select.getColumn(0).getInt64(), select.getColumn(1).getString(),
                             select.getColumn(2).getString(), select.getColumn(3).getString(),
                             select.getColumn(4).getString(), select.getColumn(5).getString()});
    }
    return result;
}

bool SqliteStore::revoke_token(std::int64_t id, std::optional<std::int64_t> user_id,
                               const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement found(m_database,
                            "SELECT users.email, api_tokens.label FROM api_tokens JOIN users ON "
                            "users.id = api_tokens.user_id WHERE api_tokens.rowid = ?1 AND "
                            "(?2 IS NULL OR api_tokens.user_id = ?2)");
    found.bind(1, static_cast<int64_t>(id));
    if (user_id) {
        found.bind(2, static_cast<int64_t>(*user_id));
    } else {
        found.bind(2);
    }
    if (!found.executeStep()) {
        return false;
    }
    auto owner = found.getColumn(0).getString();
    auto label = found.getColumn(1).getString();
    found.reset();
    SQLite::Statement remove(m_database, "DELETE FROM api_tokens WHERE rowid = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
    append_audit(schema::token_revocation_audit(id, owner, label, actor));
    transaction.commit();
    changed_here();
    return true;
}

domain::AttemptGate SqliteStore::begin_attempt(const std::string& email, const std::string& address,
                                               int window_seconds) {
    end_snapshot();
    // IMMEDIATE: one attempt at a time counts and records, so ten at once
    // from one address see 0, 1, 2… failures before them, not all 0. Times
    // in milliseconds: a wait of one second must not end at the next tick.
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    domain::AttemptGate gate;
    {
        auto& count = m_cache.get(
            "WITH recent AS (SELECT id, email, at FROM login_attempts WHERE address = ?2 AND "
            "succeeded = 0 AND at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?3)), "
            "pair AS (SELECT at FROM recent WHERE email = ?1 AND id > COALESCE((SELECT MAX(id) "
            "FROM login_attempts WHERE email = ?1 AND address = ?2 AND succeeded = 1), 0)) "
            "SELECT (SELECT COUNT(*) FROM pair), "
            "COALESCE((SELECT CAST((julianday('now') - julianday(MAX(at))) * 86400 AS INTEGER) "
            "FROM pair), 0), (SELECT COUNT(*) FROM recent), "
            "COALESCE((SELECT CAST((julianday('now') - julianday(MAX(at))) * 86400 AS INTEGER) "
            "FROM recent), 0)");
        StatementCache::Use use(count);
        count.bind(1, email);
        count.bind(2, address);
        count.bind(3, "-" + std::to_string(window_seconds) + " seconds");
        count.executeStep();
        gate.pair_failures = count.getColumn(0).getInt();
        gate.seconds_since_pair_failure = count.getColumn(1).getInt();
        gate.address_failures = count.getColumn(2).getInt();
        gate.seconds_since_address_failure = count.getColumn(3).getInt();
    }
    {
        auto& insert = m_cache.get(
            "INSERT INTO login_attempts (email, address, succeeded, at) "
            "VALUES (?, ?, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
        StatementCache::Use use(insert);
        insert.bind(1, email);
        insert.bind(2, address);
        insert.exec();
    }
    gate.id = m_database.getLastInsertRowid();
    transaction.commit();
    return gate;
}

void SqliteStore::finish_attempt(std::int64_t id, domain::AttemptOutcome outcome) {
    if (outcome == domain::AttemptOutcome::Failed) {
        return;  // recorded as failed when it began
    }
    end_snapshot();
    auto& change = m_cache.get(outcome == domain::AttemptOutcome::Succeeded
                                   ? "UPDATE login_attempts SET succeeded = 1 WHERE id = ?"
                                   : "DELETE FROM login_attempts WHERE id = ?");
    StatementCache::Use use(change);
    change.bind(1, static_cast<int64_t>(id));
    change.exec();
}

}  // namespace vincula::storage::sqlite
