#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "api/caller.h"
#include "api/response.h"
#include "domain/database.h"

// Managing accounts (administrators) and choosing one's password from a
// link: POST /users, PATCH /users/{id}, POST /users/{id}/enlace, and the
// page a link opens.
namespace vincula::api {

// How long a link to choose a password lasts.
inline constexpr std::int64_t ACCESS_LINK_SECONDS = 7 * 24 * 60 * 60;

// POST /users {email, name, role, area?, juror?, password?}: without a
// password the account waits for its owner to choose one from a link
// (POST /users/{id}/enlace); nobody can sign in to it meanwhile.
Response create_user(domain::Database& database, const Caller& caller, std::string_view body);

// PATCH /users/{id} {name?, role?, area?, juror?, active?}: what changes;
// the e-mail and the password do not. Deactivating ends its sessions.
Response update_user(domain::Database& database, const Caller& caller, const std::string& id,
                     std::string_view body);

// POST /users/{id}/enlace: a link («/bienvenida/…») that lets the user
// choose a password, valid a week and once; {enlace, vence, email, name}.
Response access_link(domain::Database& database, const Caller& caller, const std::string& id);

// The user an access link opens now, if it still does.
std::optional<domain::User> user_of_access_link(domain::Database& database,
                                                std::string_view link_token);

// Sets the password of the user an access link opens (it then opens
// nothing): both fields must agree and meet the password rules.
Response choose_password(domain::Database& database, std::string_view link_token,
                         const std::string& password, const std::string& repeated);

}  // namespace vincula::api
