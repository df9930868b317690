#pragma once

#include <string>

#include "domain/accounts.h"

namespace vincula::storage::schema {

// What the audit log keeps of a user the store adds: who they are and their
// role, never the password hash.
std::string user_audit_text(const domain::User& user);

}  // namespace vincula::storage::schema
