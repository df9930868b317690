#include "web/programme_pages.h"

#include <algorithm>

#include <set>

#include "api/permissions.h"
#include "checks/review.h"
#include "domain/programme.h"
#include "lang/dates.h"
#include "web/captions.h"
#include "web/labels.h"
#include "web/scope.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

bool may_read(const Request& request, std::string_view array) {
    return api::may(request.caller, api::Operation::Read, array);
}

std::string span_text(const common::Date& from, const std::optional<common::Date>& to) {
    return "del " + lang::day_month_year(from) +
           (to ? " al " + lang::day_month_year(*to) : std::string(" a la fecha"));
}

nlohmann::json seat_row(const domain::Dataset& data, const domain::Membership& seat) {
    std::string substitute;
    if (seat.substitute_for) {
        for (const auto& other : data.memberships) {
            if (other.key == *seat.substitute_for) {
                substitute = member_name(data, other);
            }
        }
    }
    return {{"name", member_name(data, seat)},
            {"person", seat.person ? "/integracion/personas/" + url_encode(*seat.person) : ""},
            {"role", enum_label(domain::to_wire(seat.role))},
            {"span", span_text(seat.from, seat.to)},
            {"appointed_by", seat.appointed_by.value_or("")},
            {"substitute", substitute},
            {"edit", "/registros/memberships/editar/" + url_encode(seat.key)}};
}

}  // namespace

api::Response membership_page(Request& request) {
    if (!may_read(request, "memberships")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Integración", "home_empty", nlohmann::json::object());
    }
    // Seats valid on some day of the chosen quarter, then those of before
    // and after, each group by role and start.
    std::vector<const domain::Membership*> seats;
    for (const auto& seat : data.memberships) {
        if (seat.commission == scope->commission->key) {
            seats.push_back(&seat);
        }
    }
    std::stable_sort(seats.begin(), seats.end(), [](const auto* a, const auto* b) {
        return std::pair(static_cast<int>(a->role), a->from) <
               std::pair(static_cast<int>(b->role), b->from);
    });
    nlohmann::json current = nlohmann::json::array();
    nlohmann::json others = nlohmann::json::array();
    for (const auto* seat : seats) {
        bool in_quarter = scope->period.overlaps(seat->from, seat->to);
        (in_quarter ? current : others).push_back(seat_row(data, *seat));
    }
    nlohmann::json view{
        {"selector", scope->selector},
        {"action", "/integracion"},
        {"period", period_caption(scope->period)},
        {"current", current},
        {"no_current", current.empty()},
        {"others", others},
        {"no_others", others.empty()},
        {"may_write", api::may(request.caller, api::Operation::Write, "memberships")},
        {"new_href",
         "/registros/memberships/nuevo?commission=" + url_encode(scope->commission->key) +
             "&volver=" + url_encode("/integracion")}};
    return html_page(request, "Integración de " + scope->commission->acronym, "memberships", view);
}

api::Response person_page(Request& request) {
    if (!may_read(request, "memberships") || !may_read(request, "people")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    const auto& key = request.params.at("key");
    // The person, their seats and what those name (a substitute's seat and
    // whom it holds): not the database.
    auto data = request.database.find(domain::RecordRef{"people", key});
    domain::append(data, records_where(request.database, "memberships", "person", key));
    add_named(request.database, data);
    const domain::Person* person = nullptr;
    for (const auto& candidate : data.people) {
        if (candidate.key == key) {
            person = &candidate;
        }
    }
    if (person == nullptr) {
        return html_page(request, "No encontrado", "not_found",
                         {{"message", "No existe la persona «" + key + "»."}}, 404);
    }
    std::vector<const domain::Membership*> seats;
    for (const auto& seat : data.memberships) {
        if (seat.person == key) {
            seats.push_back(&seat);
        }
    }
    std::sort(seats.begin(), seats.end(),
              [](const auto* a, const auto* b) { return a->from < b->from; });
    nlohmann::json rows = nlohmann::json::array();
    for (const auto* seat : seats) {
        auto row = seat_row(data, *seat);
        row["commission"] = seat->commission;
        rows.push_back(std::move(row));
    }
    return html_page(request, person->name, "person", {{"rows", rows}, {"empty", rows.empty()}});
}

api::Response programme_page(Request& request) {
    if (!may_read(request, "work_programmes") || !may_read(request, "activities")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Programa anual", "home_empty", nlohmann::json::object());
    }
    const auto& period = scope->period;
    const domain::WorkProgramme* programme = nullptr;
    for (const auto& candidate : data.work_programmes) {
        if (candidate.commission == scope->commission->key &&
            candidate.year == period.to().year()) {
            programme = &candidate;
        }
    }
    // Which actions the review finds empty: an action may be reported
    // through sessions followed, documents or notes, not only activities.
    std::set<std::string> empty_actions;
    for (const auto& finding : checks::review(data, *scope->commission, period)) {
        if (finding.rule == "accion_sin_actividad") {
            empty_actions.insert(finding.record.key + "#" + finding.record.field);
        }
    }
    nlohmann::json lines = nlohmann::json::array();
    if (programme != nullptr) {
        for (std::size_t l = 0; l < programme->lines.size(); ++l) {
            const auto& line = programme->lines[l];
            nlohmann::json actions = nlohmann::json::array();
            for (std::size_t a = 0; a < line.actions.size(); ++a) {
                const auto& action = line.actions[a];
                auto field = common::join_path(common::index_path("lines", l),
                                               common::index_path("actions", a));
                auto action_key = domain::action_key(programme->key, line.number, action.letter);
                nlohmann::json activities = nlohmann::json::array();
                for (const auto& activity : data.activities) {
                    if (activity.action == action_key && period.contains(activity.date)) {
                        activities.push_back(
                            {{"date", lang::long_date(activity.date)},
                             {"title", activity.title},
                             {"edit", "/registros/activities/editar/" + url_encode(activity.key)}});
                    }
                }
                std::string reason;
                for (const auto& none : data.no_activity) {
                    if (none.action == action_key && period.overlaps(none.from, none.to)) {
                        reason = none.reason;
                    }
                }
                actions.push_back(
                    {{"letter", action.letter},
                     {"text", action.text},
                     {"activities", activities},
                     {"count", std::to_string(activities.size())},
                     {"reason", reason},
                     {"missing", empty_actions.contains(programme->key + "#" + field)},
                     {"new_activity",
                      "/registros/activities/nuevo?action=" + url_encode(action_key) +
                          "&volver=" + url_encode(request.path)},
                     {"new_reason",
                      "/registros/no_activity/nuevo?action=" + url_encode(action_key) +
                          "&from=" + period.from().to_iso() + "&to=" + period.to().to_iso() +
                          "&volver=" + url_encode(request.path)}});
            }
            lines.push_back({{"number", std::to_string(line.number)},
                             {"title", line.title},
                             {"actions", actions}});
        }
    }
    nlohmann::json view{
        {"selector", scope->selector},
        {"action", "/programa"},
        {"period", period_caption(period)},
        {"programme", programme ? programme->key : ""},
        {"lines", lines},
        {"none", programme == nullptr},
        {"may_write", api::may(request.caller, api::Operation::Write, "activities")}};
    return html_page(request, "Programa anual de trabajo", "programme", view);
}

api::Response follow_up_page(Request& request) {
    for (auto array : {"external_sessions", "sivople_reports", "election_notes"}) {
        if (!may_read(request, array)) {
            return refusal(request, request.caller.is_public() ? 401 : 403);
        }
    }
    // The commission's quarter, as its report reads it: the sessions it
    // followed, the reports and the elections noted under its actions.
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Seguimiento", "home_empty", nlohmann::json::object());
    }
    const auto& period = scope->period;
    std::vector<std::pair<common::Date, nlohmann::json>> followed;
    for (const auto& session : data.external_sessions) {
        if (period.contains(session.date)) {
            std::string organization = session.organization;
            for (const auto& candidate : data.organizations) {
                if (candidate.key == session.organization) {
                    organization = candidate.acronym.value_or(candidate.name);
                }
            }
            followed.emplace_back(session.date,
                                  nlohmann::json{{"date", lang::long_date(session.date)},
                                                 {"body", session.body},
                                                 {"organization", organization}});
        }
    }
    std::stable_sort(followed.begin(), followed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    nlohmann::json sessions = nlohmann::json::array();
    for (auto& [date, row] : followed) {
        sessions.push_back(std::move(row));
    }
    nlohmann::json reports = nlohmann::json::array();
    for (const auto& report : data.sivople_reports) {
        if (period.contains(report.date)) {
            reports.push_back(lang::long_date(report.date));
        }
    }
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& note : data.election_notes) {
        if (period.overlaps(note.election_date, note.election_date)) {
            notes.push_back({{"title", note.title},
                             {"country", note.country},
                             {"date", lang::long_date(note.election_date)}});
        }
    }
    nlohmann::json view{{"selector", scope->selector},
                        {"action", "/seguimiento"},
                        {"period", period_caption(period)},
                        {"sessions", sessions},
                        {"no_sessions", sessions.empty()},
                        {"reports", reports},
                        {"report_count", std::to_string(reports.size())},
                        {"no_reports", reports.empty()},
                        {"notes", notes},
                        {"no_notes", notes.empty()}};
    return html_page(request, "Seguimiento", "follow_up", view);
}

}  // namespace vincula::web
