#pragma once

#include <string>

#include "api/caller.h"
#include "api/response.h"
#include "domain/database.h"

// The approved minuta kept as it was approved: once an agreement of a later
// session approves a session's minuta, its text is frozen into the
// session's expediente in every format, as an approved report is.
namespace vincula::api {

// POST /api/v1/sessions/{key}/minutes/approval, for those who write
// sessions: 201 with the files kept (PDF, DOCX, Markdown), or 200 with the
// ones already kept when the minuta has not changed since; 422 when no
// agreement approves it yet. Nothing is kept unless every format renders.
Response freeze_approved_minutes(domain::Database& database, const Caller& caller,
                                 const std::string& session_key);

}  // namespace vincula::api
