#include "web/follow_up_pages.h"

#include <algorithm>

#include "api/permissions.h"
#include "domain/follow_ups.h"
#include "domain/key_index.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "lang/text.h"
#include "web/captions.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

// Overdue first (what needs doing), then pending by deadline, then done.
int urgency(domain::FollowUpState state) {
    switch (state) {
        case domain::FollowUpState::Overdue:
            return 0;
        case domain::FollowUpState::InProgress:
            return 1;
        case domain::FollowUpState::Fulfilled:
            return 2;
    }
    return 1;
}

}  // namespace

std::string follow_up_anchor(const std::string& agreement_code) {
    auto anchor = "seguimiento-" + agreement_code;
    std::replace(anchor.begin(), anchor.end(), '/', '-');
    return anchor;
}

api::Response agreement_follow_up_page(Request& request) {
    if (!api::may(request.caller, api::Operation::Read, "agreement_follow_ups")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    // The follow-ups, and the agreements, sessions, commissions and areas
    // they name: not the database.
    auto data = every_record(request.database, "agreement_follow_ups");
    add_named(request.database, data, 3);
    auto day = today();
    const auto* user = request.caller.user ? &*request.caller.user : nullptr;
    bool area_user = request.caller.has_role(domain::Role::Area);
    auto own_area = area_user && user != nullptr ? user->area.value_or("") : std::string();
    bool may_write = api::may(request.caller, api::Operation::Write, "agreement_follow_ups");
    bool may_assign = may_write && !area_user;

    auto agreements = domain::records_by_key(data.agreements);
    auto sessions = domain::records_by_key(data.sessions);
    std::vector<std::pair<std::tuple<int, common::Date, std::string>, nlohmann::json>> rows;
    for (const auto& follow_up : data.agreement_follow_ups) {
        if (area_user && std::find(follow_up.areas.begin(), follow_up.areas.end(), own_area) ==
                             follow_up.areas.end()) {
            continue;
        }
        auto state = domain::follow_up_state(follow_up, day);
        std::vector<std::string> areas;
        for (const auto& key : follow_up.areas) {
            areas.push_back(area_name(data, key, day));
        }
        nlohmann::json row{
            {"code", follow_up.agreement},
            {"anchor", follow_up_anchor(follow_up.agreement)},
            {"instruction", follow_up.instruction.value_or("")},
            {"areas", lang::join_list(areas)},
            {"deadline", follow_up.deadline ? lang::long_date(*follow_up.deadline) : "Sin plazo"},
            {"state", lang::capitalize_first(domain::follow_up_state_words(state))},
            {"overdue", state == domain::FollowUpState::Overdue},
            {"fulfilled", state == domain::FollowUpState::Fulfilled},
            {"fulfilled_on",
             follow_up.fulfilled_on ? lang::long_date(*follow_up.fulfilled_on) : ""},
            {"evidence", follow_up.evidence.value_or("")}};
        if (auto agreement = agreements.find(follow_up.agreement); agreement != agreements.end()) {
            row["title"] = agreement->second->title;
            if (agreement->second->session) {
                if (auto session = sessions.find(*agreement->second->session);
                    session != sessions.end()) {
                    row["session"] = session_caption(data, *session->second);
                    row["session_href"] = "/sesiones/" + url_encode(session->second->key);
                }
            }
        }
        if (may_write) {
            row["edit_href"] = "/registros/agreement_follow_ups/editar/" +
                               url_encode(follow_up.agreement) + "?volver=/acuerdos";
        }
        auto deadline = follow_up.deadline.value_or(common::Date::from_ymd(9999, 12, 31));
        rows.emplace_back(std::tuple{urgency(state), deadline, follow_up.agreement},
                          std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    nlohmann::json listed = nlohmann::json::array();
    long overdue = 0;
    for (auto& [order, row] : rows) {
        overdue += row["overdue"].get<bool>() ? 1 : 0;
        listed.push_back(std::move(row));
    }
    nlohmann::json view{
        {"follow_ups", listed},
        {"empty", listed.empty()},
        {"area_user", area_user},
        {"overdue_count", overdue},
        {"any_overdue", overdue > 0},
        {"overdue_text", lang::counted(overdue, "acuerdo vencido")},
        {"today", lang::long_date(day)},
        {"new_href",
         may_assign ? "/registros/agreement_follow_ups/nuevo?volver=/acuerdos" : std::string()}};
    return html_page(request, "Seguimiento de acuerdos", "agreement_follow_ups", view);
}

}  // namespace vincula::web
