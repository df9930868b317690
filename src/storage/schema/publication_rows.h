#pragma once

#include <string>
#include <vector>

#include "domain/publications.h"
#include "domain/store.h"

namespace vincula::storage::schema {

// A version's kept files as SQL lists them in one column («pdf:ab12…,
// docx:cd34…»; formats never hold a comma or a colon).
std::vector<domain::ReportFileDigest> file_digests(const std::string& listed);

// What the audit log keeps of an approval: the version and its model's
// hash (and the reason, when the review had errors), never its files.
domain::AuditEntry approval_audit(int number, const domain::ReportApproval& approval);

// And of a withdrawal: its reason.
domain::AuditEntry withdrawal_audit(const std::string& commission, const domain::Period& period,
                                    const std::string& actor, const std::string& reason);

}  // namespace vincula::storage::schema
