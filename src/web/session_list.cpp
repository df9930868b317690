// «Sesiones»: the sessions of every commission, or of one, newest first, a
// page at a time. An institute holds more than a thousand of them over ten
// years: the page reads its fifty sessions and the commissions and counts
// their agreements, not the database; the downloads read every session of
// the choice, and nothing else.
#include <string>
#include <utility>
#include <vector>

#include "api/permissions.h"
#include "domain/as_of.h"
#include "lang/dates.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/labels.h"
#include "web/scoped_reads.h"
#include "web/session_pages.h"

namespace vincula::web {
namespace {

constexpr std::size_t SESSIONS_PER_PAGE = 50;

domain::ListQuery sessions_of(const std::string& commission) {
    domain::ListQuery query;
    query.array = "sessions";
    if (!commission.empty()) {
        query.equal.emplace_back("commission", commission);
    }
    query.sort = "date";
    query.order = domain::SortOrder::Descending;
    query.limit = SESSIONS_PER_PAGE;
    return query;
}

// The sessions of `data` as rows, each with how many agreements it
// adopted (counted by the store, not read).
ListTable session_table(domain::Store& store, const domain::Dataset& data) {
    ListTable table{"Sesiones", {"Sesión", "Fecha", "Modalidad", "Estado", "Acuerdos"}, {}};
    for (const auto& session : data.sessions) {
        domain::ListQuery adopted;
        adopted.array = "agreements";
        adopted.equal.emplace_back("session", session.key);
        auto caption = session_caption(data, session);
        table.rows.push_back({caption.substr(0, caption.find(" · ")), lang::long_date(session.date),
                              enum_label(domain::to_wire(session.modality)),
                              enum_label(domain::to_wire(session.status)),
                              std::to_string(store.count(adopted))});
    }
    return table;
}

nlohmann::json commission_options(const std::vector<domain::Commission>& commissions,
                                  const std::string& chosen) {
    nlohmann::json options = nlohmann::json::array({{{"value", ""}, {"caption", "Todas"}}});
    for (const auto& commission : commissions) {
        auto now = domain::commission_as_of(commission, today());
        options.push_back({{"value", commission.key},
                           {"caption", now.acronym + " · " + now.name},
                           {"selected", commission.key == chosen}});
    }
    return options;
}

}  // namespace

api::Response session_list(Request& request) {
    if (request.caller.is_public()) {
        return public_sessions(request);
    }
    if (!api::may(request.caller, api::Operation::Read, "sessions")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    domain::Dataset data;
    data.commissions = every_record(request.database, "commissions").commissions;
    auto commission = request.query_value("comision");
    auto query = sessions_of(commission);
    auto format = request.query_value("formato");
    if (format == "ics" || wants_spreadsheet(request)) {
        data.sessions = every_record(request.database, query).sessions;
        if (format == "ics") {
            std::vector<const domain::Session*> sessions;
            for (const auto& session : data.sessions) {
                sessions.push_back(&session);
            }
            return sessions_calendar_file(data, sessions);
        }
        return spreadsheet_download(session_table(request.database, data), "sesiones.xlsx");
    }
    query.after = request.query_value("cursor");
    auto page = request.database.list(query);
    if (page.unreadable_cursor) {
        // A page of a list that has changed since: its first page.
        return redirect(commission.empty() ? "/sesiones"
                                           : "/sesiones?comision=" + url_encode(commission));
    }
    data.sessions = std::move(page.records.sessions);
    auto table = session_table(request.database, data);
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < data.sessions.size(); ++i) {
        const auto& cells = table.rows[i];
        rows.push_back({{"href", session_path(data.sessions[i].key)},
                        {"name", cells[0]},
                        {"date", cells[1]},
                        {"modality", cells[2]},
                        {"status", cells[3]},
                        {"agreements", cells[4]}});
    }
    auto chosen = commission.empty() ? std::string() : "comision=" + url_encode(commission);
    auto with_choice = [&](std::string path, const std::string& more) {
        auto query_text = chosen;
        if (!more.empty()) {
            query_text += (query_text.empty() ? "" : "&") + more;
        }
        return query_text.empty() ? path : path + "?" + query_text;
    };
    bool empty = rows.empty() && query.after.empty();
    return html_page(
        request, "Sesiones", "sessions",
        {{"rows", std::move(rows)},
         {"empty", empty},
         {"chosen_empty", !commission.empty()},
         {"commissions", commission_options(data.commissions, commission)},
         {"several_commissions", data.commissions.size() > 1},
         {"next",
          page.next.empty() ? "" : with_choice("/sesiones", "cursor=" + url_encode(page.next))},
         {"first", query.after.empty() ? "" : with_choice("/sesiones", "")},
         {"spreadsheet", with_choice("/sesiones", "formato=xlsx")},
         {"ics", with_choice("/sesiones", "formato=ics")},
         {"may_capture", api::may(request.caller, api::Operation::Write, "sessions")},
         // A new session of the commission being looked at, landing on its page.
         {"new_href", "/registros/sessions/nuevo?" +
                          (commission.empty() ? "" : "commission=" + url_encode(commission) + "&") +
                          "volver=" + url_encode("/sesiones/{clave}")}});
}

}  // namespace vincula::web
