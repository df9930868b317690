#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "domain/enums.h"

namespace vincula::domain {

struct User {
    std::int64_t id = 0;
    std::string email;  // stored lower-case: the sign-in name
    std::string name;
    Role role = Role::Capturist;
    // The operating area an `area` user speaks for, or the juror record a
    // `jurado` user is (key of areas / jurors).
    std::optional<std::string> area;
    std::optional<std::string> juror;
    std::string password_hash;  // Argon2id, libsodium's encoded form
    bool active = true;
};

// An API token as its owner and administrators see it: never the secret,
// which is shown once when made and stored only as a hash.
struct ApiToken {
    std::int64_t id = 0;
    std::string email;  // whose it is
    std::string label;
    std::string created_at;    // UTC, ISO 8601
    std::string last_used_at;  // the day it was last used; empty: never
    std::string expires_at;    // empty: does not expire
};

// What the recent sign-in attempts say when one more begins, read and
// recorded in one step, so that concurrent attempts each count the ones
// before them.
struct AttemptGate {
    std::int64_t id = 0;  // this attempt, counted as failed until finished
    // Failures of this account from this address since the pair's last
    // success, and of this address for any account, within the window.
    int pair_failures = 0;
    int address_failures = 0;
    // Seconds since the latest of each (0 when there is none).
    int seconds_since_pair_failure = 0;
    int seconds_since_address_failure = 0;
};

enum class AttemptOutcome { Succeeded, Failed, NotTried };

// How long an attempt must still wait, in seconds (0: it may go on). Each
// address may fail 5 times for one account and 20 in all; after that every
// failure doubles the wait (1 s, 2 s, 4 s… up to 15 minutes). Failures from
// one address never hold up another: a stranger cannot lock anyone out.
int sign_in_wait(const AttemptGate& gate);

// Users, their sessions and API tokens. Tokens and session ids are stored
// only as hashes, so a copy of the database does not let anyone in.
// Times are UTC ISO 8601 strings produced by the store's clock.
class Accounts {
public:
    virtual ~Accounts() = default;

    // Adds a user; `email_en_uso` if the e-mail is taken. Audited.
    virtual common::Result<User> add_user(User user, const std::string& actor) = 0;
    virtual common::Outcome set_password(const std::string& email, const std::string& hash,
                                         const std::string& actor) = 0;
    // The same password hashed again at today's cost, in place of `before`
    // (nothing when it changed meanwhile): not a change of password, so its
    // sessions go on and nothing is audited.
    virtual void rehash_password(std::int64_t user_id, const std::string& before,
                                 const std::string& hash) = 0;
    // Changes the name, role, area, juror and whether the account is
    // active of the user `user.id` (its e-mail and password stay);
    // `usuario_inexistente` if there is none. Deactivating ends its
    // sessions (its tokens stop working with it). Audited.
    virtual common::Result<User> update_user(const User& user, const std::string& actor) = 0;
    virtual std::optional<User> user_by_email(const std::string& email) = 0;
    virtual std::vector<User> users() = 0;

    virtual void add_session(const std::string& token_hash, std::int64_t user_id,
                             int lifetime_seconds) = 0;
    // The user of a live (unexpired) session.
    virtual std::optional<User> user_of_session(const std::string& token_hash) = 0;
    virtual void remove_session(const std::string& token_hash) = 0;

    // `lifetime_days` 0: the token does not expire.
    virtual void add_token(const std::string& token_hash, std::int64_t user_id,
                           const std::string& label, int lifetime_days) = 0;
    // The user of a token that is neither revoked nor expired; notes the
    // day of use (at most one write per token and day).
    virtual std::optional<User> user_of_token(const std::string& token_hash) = 0;
    // The tokens of one user, or of everyone (nullopt), newest first.
    virtual std::vector<ApiToken> tokens(std::optional<std::int64_t> user_id) = 0;
    // Revokes a token at once (audited as «revocar_token»); false when there
    // is no such token of that user (any user's: nullopt).
    virtual bool revoke_token(std::int64_t id, std::optional<std::int64_t> user_id,
                              const std::string& actor) = 0;

    // Counts the recent failures (see AttemptGate) of `email` from
    // `address` within the last `window_seconds`, and records this attempt,
    // atomically.
    virtual AttemptGate begin_attempt(const std::string& email, const std::string& address,
                                      int window_seconds) = 0;
    // NotTried: the attempt was held back and counts for nothing.
    virtual void finish_attempt(std::int64_t id, AttemptOutcome outcome) = 0;
};

}  // namespace vincula::domain
