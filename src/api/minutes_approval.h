#pragma once

#include <string>

#include "api/caller.h"
#include "api/records.h"
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

// GET /api/v1/sessions/{key}/minutes?format=pdf|docx|md (pdf when unsaid),
// open to everyone: an approved minuta is public (transparency law asks for
// the minutas of the sessions). The files kept when its approval was
// recorded, so the public reads what was approved; until they are kept,
// written from the records. 404 while no agreement approves it.
Response approved_minutes(domain::Database& database, const std::string& session_key,
                          const Query& query);

}  // namespace vincula::api
