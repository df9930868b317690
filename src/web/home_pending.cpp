#include "web/home_pending.h"

#include <algorithm>
#include <set>

#include "domain/follow_ups.h"
#include "domain/key_index.h"
#include "domain/minutes.h"
#include "domain/naming.h"
#include "lang/dates.h"
#include "web/captions.h"
#include "web/follow_up_pages.h"
#include "web/scoped_reads.h"
#include "web/session_pages.h"

namespace vincula::web {
namespace {

nlohmann::json group(std::string title, nlohmann::json items, std::string none) {
    bool empty = items.empty();
    return {{"title", std::move(title)},
            {"items", std::move(items)},
            {"empty", empty},
            {"none", std::move(none)}};
}

std::vector<const domain::Session*> held_sessions(const domain::Dataset& data,
                                                  const domain::Commission& commission,
                                                  const domain::Period& period) {
    std::vector<const domain::Session*> held;
    for (const auto& session : data.sessions) {
        if (session.commission == commission.key && period.contains(session.date) &&
            session.status == domain::SessionStatus::Held) {
            held.push_back(&session);
        }
    }
    std::sort(held.begin(), held.end(),
              [](const auto* a, const auto* b) { return a->date < b->date; });
    return held;
}

// Follow-ups overdue today, of the commission's agreements in `data`; an
// area sees only those it answers for.
nlohmann::json overdue_agreements(const domain::Dataset& data,
                                  const std::optional<std::string>& area) {
    nlohmann::json items = nlohmann::json::array();
    auto day = today();
    std::set<std::string> agreements;
    for (const auto& agreement : data.agreements) {
        agreements.insert(agreement.code);
    }
    for (const auto& follow_up : data.agreement_follow_ups) {
        bool answers = !area || std::find(follow_up.areas.begin(), follow_up.areas.end(), *area) !=
                                    follow_up.areas.end();
        if (!answers || !agreements.contains(follow_up.agreement) ||
            domain::follow_up_state(follow_up, day) != domain::FollowUpState::Overdue) {
            continue;
        }
        items.push_back({{"text", follow_up.agreement + ": " +
                                      follow_up.instruction.value_or("sin instrucción registrada") +
                                      " (vencía el " + lang::long_date(*follow_up.deadline) + ")"},
                         {"href", follow_up_href(follow_up.agreement)}});
    }
    return items;
}

nlohmann::json staff_work(const domain::Dataset& data, const domain::Commission& commission,
                          const domain::Period& period) {
    auto held = held_sessions(data, commission, period);
    nlohmann::json without_roll = nlohmann::json::array();
    nlohmann::json minutes = nlohmann::json::array();
    for (const auto* session : held) {
        bool has_roll = std::any_of(data.attendance.begin(), data.attendance.end(),
                                    [&](const auto& roll) { return roll.session == session->key; });
        if (!has_roll) {
            without_roll.push_back({{"text", session_caption(data, *session)},
                                    {"href", session_path(session->key) + "#asistencia"}});
        }
        if (domain::minutes_approval(data, *session) == nullptr) {
            minutes.push_back({{"text", session_caption(data, *session)},
                               {"href", session_path(session->key) + "#documentos-sesion-titulo"}});
        }
    }
    return nlohmann::json::array({
        group("Sesiones celebradas sin lista de asistencia", without_roll,
              "Todas las sesiones celebradas del periodo tienen su lista."),
        group("Minutas pendientes de aprobación", minutes,
              "Las minutas de las sesiones del periodo están aprobadas."),
        group("Acuerdos vencidos", overdue_agreements(data, std::nullopt),
              "Ningún acuerdo tiene su plazo vencido."),
    });
}

// An area's convenios in course (neither concluded nor cancelled) with no progress reported in a
// session of the quarter: what its next report owes.
nlohmann::json area_work(Request& request, const domain::Dataset& data,
                         const domain::Period& period, const std::string& area) {
    // The quarter's scope holds the progress reported in its sessions.
    std::set<std::string> sessions_in_period;
    for (const auto& session : data.sessions) {
        if (period.contains(session.date)) {
            sessions_in_period.insert(session.key);
        }
    }
    std::set<std::string> reported;
    for (const auto& entry : data.convenio_progress) {
        if (sessions_in_period.contains(entry.session)) {
            reported.insert(entry.convenio);
        }
    }
    nlohmann::json silent = nlohmann::json::array();
    // The area's convenios and the counterparts they name, by key.
    auto own = records_where(request.database, "convenios", "area", area);
    add_named(request.database, own, 1);
    for (const auto& convenio : own.convenios) {
        // Concluded or cancelled, there is nothing left to report.
        if (convenio.status == domain::ConvenioStatus::Concluded ||
            convenio.status == domain::ConvenioStatus::Cancelled) {
            continue;
        }
        if (!reported.contains(convenio.key)) {
            silent.push_back(
                {{"text", domain::convenio_caption(
                              convenio,
                              [&](const std::string& key) -> const domain::Organization* {
                                  return domain::record_with_key(own.organizations, key);
                              })},
                 {"href", "/convenios/" + url_encode(convenio.key) + "#avances-titulo"}});
        }
    }
    return nlohmann::json::array({
        group("Sus convenios sin avance este trimestre", silent,
              "Todos sus convenios en curso tienen avance en el trimestre."),
        group("Sus acuerdos vencidos", overdue_agreements(data, area),
              "Ningún acuerdo a su cargo tiene el plazo vencido."),
    });
}

}  // namespace

nlohmann::json pending_work(Request& request, const domain::Dataset& data,
                            const domain::Commission& commission, const domain::Period& period) {
    const auto& user = request.caller.user;
    if (user && user->role == domain::Role::Area && user->area) {
        return area_work(request, data, period, *user->area);
    }
    return staff_work(data, commission, period);
}

}  // namespace vincula::web
