#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "api/caller.h"
#include "api/records.h"
#include "api/report_documents.h"
#include "api/response.h"
#include "checks/finding.h"
#include "domain/database.h"

// Approving a report freezes it. The approval keeps the SHA-256 of the
// report's JSON model and every file made from that model; the public reads
// exactly those bytes, whatever the data say later. Later changes show as a
// finding of the review; the consejería approves a new version (numbered,
// the old ones stay readable) or withdraws the publication, with a reason.
namespace vincula::api {

// POST /reports/publications {commission, quarter | from, to, reason}:
// councillors approve the period's report as it now stands (201 with the
// new version; 200 with the version in force when nothing changed since).
// While the review finds errors, `reason` must say why (422 otherwise).
Response publish(domain::Database& database, const Caller& caller, std::string_view body);

// POST /reports/withdrawals {commission, quarter | from, to, reason}: the
// public no longer reads the period's report; `reason` is required.
Response withdraw(domain::Database& database, const Caller& caller, std::string_view body);

// GET /reports/publications?commission=: every version, newest first. The
// public sees the versions of the periods in force, without who approved.
Response list_publications(domain::Database& database, const Caller& caller, const Query& query);

// The file of an approved version that answers GET /reports: `version` as
// asked («» for the one in force, which is what the public reads); nothing
// when the caller reads the data's current report instead (staff asking no
// version, or a version approved before reports were frozen).
std::optional<Response> approved_report(domain::Database& database, const Caller& caller,
                                        const std::string& commission, const domain::Period& period,
                                        const std::string& version, const ReportDocument& document);

// A warning when the report the data give today is no longer the version in
// force: «cambios posteriores a la aprobación».
checks::Findings approval_findings(domain::Database& database, const domain::Commission& commission,
                                   const domain::Period& period);

// SHA-256 of the report's JSON model: what tells two reports apart.
std::string model_sha256(const report::ReportModel& model);

}  // namespace vincula::api
