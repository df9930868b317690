#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "api/records.h"
#include "api/response.h"
#include "common/result.h"
#include "domain/database.h"
#include "domain/store.h"
#include "report/model.h"
#include "report/session_documents.h"

namespace vincula::api {

// A session's document written from the store: reads the session, then only
// what its commission's records hold for that day (its sessions, seats,
// agenda, agreements and votes), so the cost follows the session, not the
// database.
// The records a session's document is written from (the session's day; a
// year on for the minuta, to find the agreement that approves it).
common::Result<domain::Dataset> session_paperwork_scope(domain::Store& store,
                                                        const std::string& session_key,
                                                        report::SessionDocument kind);
// A session's agenda items with the numbers the store gave them: their
// address, since agenda items have no key.
std::vector<std::pair<std::int64_t, domain::AgendaItem>> numbered_agenda(
    domain::Store& store, const std::string& session_key);

// The names of the annexes kept in the expediente for the session's agenda
// items: the files of each item itself, its document and its agreement.
report::RecordFileNames session_annex_files(domain::Database& database, const domain::Dataset& data,
                                            const std::string& session_key);
common::Result<report::ReportModel> session_paperwork(domain::Database& database,
                                                      const std::string& session_key,
                                                      report::SessionDocument kind);

// convocatoria-CVOE-2021-10-21-o10.pdf
std::string session_paperwork_file_name(const report::ReportModel& model,
                                        const std::string& session_key,
                                        report::SessionDocument kind, std::string_view extension);

// GET /api/v1/sessions/{key}/documents/{kind}?format=md|html|pdf|docx (html
// when unsaid), for those who may read reports.
Response session_document(domain::Database& database, const Caller& caller,
                          const std::string& session_key, const std::string& kind,
                          const Query& query);

}  // namespace vincula::api
