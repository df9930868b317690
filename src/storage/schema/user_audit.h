#pragma once

#include <string>

#include "domain/accounts.h"
#include "domain/store.h"

namespace vincula::storage::schema {

// What the audit log keeps of a user the store adds: who they are and their
// role, never the password hash.
std::string user_audit_text(const domain::User& user);

// The history's entry for a revoked API token: whose, its label, never its
// hash.
domain::AuditEntry token_revocation_audit(std::int64_t id, const std::string& owner,
                                          const std::string& label, const std::string& actor);

}  // namespace vincula::storage::schema
