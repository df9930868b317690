#pragma once

#include "api/caller.h"
#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"

namespace vincula::api {

// GET /audit?actor=&array=&key=&from=&to=&limit=&before=: the change
// history, newest first, with each record before and after.
Response read_audit(domain::Database& database, const Caller& caller, const Query& query);

}  // namespace vincula::api
