#pragma once

#include "api/caller.h"
#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"

namespace vincula::api {

// GET /audit?actor=&array=&key=&from=&to=&limit=&before=: the change
// history, newest first, with each record before and after.
Response read_audit(domain::Database& database, const Caller& caller, const Query& query);

// Records in the audit log that `caller` read personal data in bulk (a
// page of a list through the API): `rows` records of `array`, `what` the
// query. Audited as «leer».
void record_personal_data_read(domain::Database& database, const Caller& caller,
                               std::string_view array, const std::string& what, std::size_t rows);

// Records in the audit log that `caller` took personal data out of Vincula
// (a spreadsheet of contest entrants, of a network's contacts): `rows`
// records of `array`, `what` saying which («vff4», or empty for all).
void record_personal_data_export(domain::Database& database, const Caller& caller,
                                 std::string_view array, const std::string& what, std::size_t rows);

}  // namespace vincula::api
