#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "api/caller.h"
#include "api/records.h"
#include "api/response.h"
#include "checks/finding.h"
#include "common/result.h"
#include "domain/database.h"
#include "domain/period.h"
#include "report/model.h"

namespace vincula::api {

// The period a request or a command names: a quarter («2021-T4»,
// «2021-Q4»), or a first and a last day. Errors name the options as the
// caller spells them: `prefix` is «--» on the command line, empty in the API.
common::Result<domain::Period> period_from(const std::string& from, const std::string& to,
                                           const std::string& quarter, const std::string& prefix);

// The period's report model (report::assemble_report), or the error that a
// stored value it cannot write makes, named.
common::Result<report::ReportModel> assemble(const domain::Dataset& data,
                                             const std::string& commission,
                                             const domain::Period& period);

// The consistency review's findings as JSON (the command's --json and the
// API's /checks).
nlohmann::ordered_json findings_json(const domain::Commission& commission,
                                     const domain::Period& period,
                                     const checks::Findings& findings);

// GET /reports?commission=CVOE&quarter=2021-T4&format=pdf (or from, to;
// version=N for an approved version, see publications.h).
Response report(domain::Database& database, const Caller& caller, const Query& query);

// GET /checks?commission=CVOE&quarter=2021-T4 (or from, to).
Response review(domain::Database& database, const Caller& caller, const Query& query);

}  // namespace vincula::api
