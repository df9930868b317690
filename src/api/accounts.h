#pragma once

#include <string>
#include <string_view>

#include "api/caller.h"
#include "api/response.h"
#include "domain/database.h"

// Signing in and out, API tokens, and the users' list: the account side of
// the API. Secrets travel once (the cookie, a new token) and are stored
// only as hashes.
namespace vincula::api {

inline constexpr std::string_view SESSION_COOKIE = "vincula_sesion";
inline constexpr int SESSION_SECONDS = 8 * 60 * 60;  // a working day

// Failed sign-ins count for a quarter of an hour (domain::sign_in_wait has
// the rule).
inline constexpr int ATTEMPT_WINDOW_SECONDS = 15 * 60;

// The caller a request's credentials name: a session cookie or an API token
// («Authorization: Bearer …»). Unknown or expired credentials are the
// public, as if none were sent.
Caller authenticate(domain::Database& database, std::string_view session_cookie,
                    std::string_view authorization, std::string address);

// POST /sesion {email, password}: sets the session cookie.
Response sign_in(domain::Database& database, const Caller& caller, std::string_view body,
                 bool secure_cookie);
// DELETE /sesion: ends the session and clears the cookie.
Response sign_out(domain::Database& database, std::string_view session_cookie, bool secure_cookie);
// GET /sesion: who is signed in.
Response who_am_i(const Caller& caller);

// POST /tokens {label}: a new API token for the caller, shown once.
Response create_token(domain::Database& database, const Caller& caller, std::string_view body);
// GET /tokens: the caller's API tokens (administrators: everyone's), never
// their secrets.
Response list_tokens(domain::Database& database, const Caller& caller);
// DELETE /tokens/{id}: revokes one of the caller's tokens (administrators:
// anyone's) at once; 404 for a token that is not theirs to revoke.
Response revoke_token(domain::Database& database, const Caller& caller, const std::string& id);

// GET /users (administrators); creating and changing them: user_accounts.h.
Response list_users(domain::Database& database, const Caller& caller);

// A user as the API shows it (never the password hash).
nlohmann::ordered_json user_json(const domain::User& user);

}  // namespace vincula::api
