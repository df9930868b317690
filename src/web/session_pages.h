#pragma once

#include <string>
#include <vector>

#include "domain/dataset.h"
#include "web/page.h"

// «Sesiones»: the commission's sessions, and each session's page: the roll
// call as a grid of the seats expected that day, its agenda, its
// agreements (numbered by the system) and the documents presented.
namespace vincula::web {

api::Response session_list(Request& request);
// Where the public is sent from the sessions' pages, which are the
// commission's working papers: the transparency page (of the session's
// year, at its row, when the request names a session).
api::Response public_sessions(Request& request);
api::Response session_page(Request& request);
// The sessions of a month as a calendar grid (`?mes=2021-12`).
api::Response session_calendar(Request& request);
api::Response save_roll_call(Request& request);
api::Response add_agreement(Request& request);
// POST /sesiones/{key}/archivos: a file for the expediente of the session,
// one of its agreements or a document presented in it.
api::Response attach_session_file(Request& request);
// POST /sesiones/{key}/observaciones: a member's observation to the draft minuta.
api::Response add_observation(Request& request);
// POST /sesiones/{key}/minuta-aprobada: the approved minuta frozen into the
// session's expediente (api/minutes_approval.h).
api::Response freeze_minutes(Request& request);

// «/sesiones/o10-2021»: a session's page.
std::string session_path(const std::string& key);

// The sessions as an iCalendar file (RFC 5545), one event each.
api::Response sessions_calendar_file(const domain::Dataset& data,
                                     const std::vector<const domain::Session*>& sessions);

}  // namespace vincula::web
