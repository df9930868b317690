#include "web/follow_up_pages.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "api/permissions.h"
#include "domain/follow_ups.h"
#include "domain/key_index.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "lang/text.h"
#include "web/captions.h"

namespace vincula::web {
namespace {

// A worklist: the pending ones a page at a time, soonest deadline first
// (overdue ones on top, those without a deadline last), then the fulfilled
// ones, the latest fulfilment first. Each list is paged by the store: an
// institute's years of follow-ups are not read to show fifty.
constexpr std::size_t PENDING_PER_PAGE = 50;
constexpr std::size_t FULFILLED_PER_PAGE = 20;

// The follow-ups recorded in `status`, of the area `area` answers for when
// it is not empty.
domain::ListQuery follow_ups_in(domain::FollowUpStatus status, const std::string& area) {
    domain::ListQuery query;
    query.array = "agreement_follow_ups";
    query.equal.emplace_back("status", std::string(domain::to_wire(status)));
    if (!area.empty()) {
        query.equal.emplace_back("areas", area);
    }
    return query;
}

// The pending follow-ups that are overdue on `day`: counted by the store
// from how many fall due on each date, not read.
long overdue_count(domain::Store& store, const domain::ListQuery& pending,
                   const common::Date& day) {
    long overdue = 0;
    for (const auto& [deadline, count] : store.tally(pending, "deadline")) {
        if (deadline < day.to_iso()) {
            overdue += static_cast<long>(count);
        }
    }
    return overdue;
}

// Appends to the array `array` (named `name`) of `data` the records whose
// keys are `keys`, each read by key.
template <class T>
void add_by_key(domain::Store& store, domain::Dataset& data, std::vector<T> domain::Dataset::*array,
                const std::string& name, const std::set<std::string>& keys) {
    auto& into = data.*array;
    for (const auto& key : keys) {
        auto found = store.find(domain::RecordRef{name, key});
        auto& records = found.*array;
        into.insert(into.end(), std::make_move_iterator(records.begin()),
                    std::make_move_iterator(records.end()));
    }
}

// What the cards show beside each follow-up in `data`: its agreement, the
// agreement's session, the session's commission, and the areas. Only
// those, read by key: a session also names everyone who attended, which no
// card shows.
void add_shown(domain::Store& store, domain::Dataset& data) {
    std::set<std::string> agreements;
    std::set<std::string> areas;
    for (const auto& follow_up : data.agreement_follow_ups) {
        agreements.insert(follow_up.agreement);
        areas.insert(follow_up.areas.begin(), follow_up.areas.end());
    }
    add_by_key(store, data, &domain::Dataset::agreements, "agreements", agreements);
    add_by_key(store, data, &domain::Dataset::areas, "areas", areas);
    std::set<std::string> sessions;
    for (const auto& agreement : data.agreements) {
        if (agreement.session) {
            sessions.insert(*agreement.session);
        }
    }
    add_by_key(store, data, &domain::Dataset::sessions, "sessions", sessions);
    std::set<std::string> commissions;
    for (const auto& session : data.sessions) {
        commissions.insert(session.commission);
    }
    add_by_key(store, data, &domain::Dataset::commissions, "commissions", commissions);
}

}  // namespace

std::string follow_up_anchor(const std::string& agreement_code) {
    auto anchor = "seguimiento-" + agreement_code;
    std::replace(anchor.begin(), anchor.end(), '/', '-');
    return anchor;
}

std::string follow_up_href(const std::string& agreement_code) {
    return "/acuerdos?acuerdo=" + url_encode(agreement_code) + "#" +
           follow_up_anchor(agreement_code);
}

api::Response agreement_follow_up_page(Request& request) {
    if (!api::may(request.caller, api::Operation::Read, "agreement_follow_ups")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto day = today();
    const auto* user = request.caller.user ? &*request.caller.user : nullptr;
    bool area_user = request.caller.has_role(domain::Role::Area);
    auto own_area = area_user && user != nullptr ? user->area.value_or("") : std::string();
    bool may_write = api::may(request.caller, api::Operation::Write, "agreement_follow_ups");
    bool may_assign = may_write && !area_user;

    auto pending_query = follow_ups_in(domain::FollowUpStatus::InProgress, own_area);
    auto fulfilled_query = follow_ups_in(domain::FollowUpStatus::Fulfilled, own_area);
    auto pending_total = request.database.count(pending_query);
    auto fulfilled_total = request.database.count(fulfilled_query);
    long overdue = overdue_count(request.database, pending_query, day);

    // One agreement's follow-up (the home page's overdue ones link here),
    // or a page of each list; a cursor of a list changed since starts it
    // over.
    auto only = request.query_value("acuerdo");
    domain::Dataset pending;
    domain::Dataset fulfilled;
    std::string pending_next;
    std::string fulfilled_next;
    auto pending_after = request.query_value("pendientes");
    auto fulfilled_after = request.query_value("cumplidos");
    if (!only.empty()) {
        auto found = request.database.find(domain::RecordRef{"agreement_follow_ups", only});
        for (auto& follow_up : found.agreement_follow_ups) {
            if (!area_user || std::find(follow_up.areas.begin(), follow_up.areas.end(), own_area) !=
                                  follow_up.areas.end()) {
                auto& into =
                    follow_up.status == domain::FollowUpStatus::Fulfilled ? fulfilled : pending;
                into.agreement_follow_ups.push_back(std::move(follow_up));
            }
        }
    } else {
        pending_query.sort = "deadline";
        pending_query.absent_last = true;
        pending_query.limit = PENDING_PER_PAGE;
        pending_query.after = pending_after;
        auto page = request.database.list(pending_query);
        if (page.unreadable_cursor) {
            pending_query.after.clear();
            pending_after.clear();
            page = request.database.list(pending_query);
        }
        pending = std::move(page.records);
        pending_next = std::move(page.next);
        fulfilled_query.sort = "fulfilled_on";
        fulfilled_query.order = domain::SortOrder::Descending;
        fulfilled_query.limit = FULFILLED_PER_PAGE;
        fulfilled_query.after = fulfilled_after;
        page = request.database.list(fulfilled_query);
        if (page.unreadable_cursor) {
            fulfilled_query.after.clear();
            fulfilled_after.clear();
            page = request.database.list(fulfilled_query);
        }
        fulfilled = std::move(page.records);
        fulfilled_next = std::move(page.next);
    }
    // The agreements, sessions, commissions and areas the shown ones name.
    domain::Dataset named = pending;
    domain::append(named, fulfilled);
    add_shown(request.database, named);
    auto agreements = domain::records_by_key(named.agreements);
    // A session's caption once, however many of its agreements are shown.
    std::map<std::string, std::string> session_captions;
    for (const auto& session : named.sessions) {
        session_captions.emplace(session.key, session_caption(named, session));
    }

    auto row_of = [&](const domain::AgreementFollowUp& follow_up) {
        auto state = domain::follow_up_state(follow_up, day);
        std::vector<std::string> areas;
        for (const auto& key : follow_up.areas) {
            areas.push_back(area_name(named, key, day));
        }
        // Field by field: a braced list would copy every value once more.
        nlohmann::json row = nlohmann::json::object();
        row["code"] = follow_up.agreement;
        row["anchor"] = follow_up_anchor(follow_up.agreement);
        row["instruction"] = follow_up.instruction.value_or("");
        row["areas"] = lang::join_list(areas);
        row["deadline"] =
            follow_up.deadline ? lang::long_date(*follow_up.deadline) : std::string("Sin plazo");
        row["state"] = lang::capitalize_first(domain::follow_up_state_words(state));
        row["overdue"] = state == domain::FollowUpState::Overdue;
        row["fulfilled"] = state == domain::FollowUpState::Fulfilled;
        row["fulfilled_on"] =
            follow_up.fulfilled_on ? lang::long_date(*follow_up.fulfilled_on) : std::string();
        row["evidence"] = follow_up.evidence.value_or("");
        if (auto agreement = agreements.find(follow_up.agreement); agreement != agreements.end()) {
            row["title"] = agreement->second->title;
            if (agreement->second->session) {
                if (auto caption = session_captions.find(*agreement->second->session);
                    caption != session_captions.end()) {
                    row["session"] = caption->second;
                    row["session_href"] = "/sesiones/" + url_encode(caption->first);
                }
            }
        }
        if (may_write) {
            row["edit_href"] = "/registros/agreement_follow_ups/editar/" +
                               url_encode(follow_up.agreement) + "?volver=/acuerdos";
        }
        return row;
    };
    auto rows_of = [&](const domain::Dataset& data) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& follow_up : data.agreement_follow_ups) {
            rows.push_back(row_of(follow_up));
        }
        return rows;
    };
    // A list's pages: each link keeps where the other list stands.
    auto href = [](const std::string& pending_cursor, const std::string& fulfilled_cursor) {
        std::string query;
        if (!pending_cursor.empty()) {
            query += "pendientes=" + url_encode(pending_cursor);
        }
        if (!fulfilled_cursor.empty()) {
            query += (query.empty() ? "" : "&") + std::string("cumplidos=") +
                     url_encode(fulfilled_cursor);
        }
        return query.empty() ? std::string("/acuerdos") : "/acuerdos?" + query;
    };
    auto pending_rows = rows_of(pending);
    auto fulfilled_rows = rows_of(fulfilled);
    bool none = pending_total == 0 && fulfilled_total == 0;
    bool any_pending = !pending_rows.empty();
    bool any_fulfilled = !fulfilled_rows.empty();
    nlohmann::json view{
        {"empty", none},
        {"only", only.empty() ? "" : only},
        {"only_missing", !only.empty() && !any_pending && !any_fulfilled},
        {"pending", std::move(pending_rows)},
        {"any_pending", any_pending},
        {"pending_text", lang::counted(static_cast<long>(pending_total), "acuerdo pendiente")},
        {"pending_next", pending_next.empty() ? "" : href(pending_next, fulfilled_after)},
        {"pending_first", pending_after.empty() ? "" : href("", fulfilled_after)},
        {"fulfilled", std::move(fulfilled_rows)},
        {"any_fulfilled", any_fulfilled},
        {"fulfilled_text", lang::counted(static_cast<long>(fulfilled_total), "acuerdo cumplido")},
        {"fulfilled_next", fulfilled_next.empty() ? "" : href(pending_after, fulfilled_next)},
        {"fulfilled_first", fulfilled_after.empty() ? "" : href(pending_after, "")},
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
