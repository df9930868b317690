// A convocatoria gives the notice the commission's rules require: 72 hours
// before an ordinary session and 24 before an extraordinary one unless the
// commission says otherwise. A session convened late may still be valid
// (all members attended), but the record must show it, hence an error only
// when the rule was not met.
#include "checks/catalogue.h"
#include "checks/checks.h"
#include "domain/voting.h"
#include "lang/dates.h"

namespace vincula::checks {

void check_convocation_notice(const Context& context, Findings& findings) {
    for (const auto* session : context.sessions()) {
        if (session->status == domain::SessionStatus::Cancelled ||
            !context.in_period(session->date)) {
            continue;
        }
        auto required = domain::notice_hours_required(context.commission(), session->type);
        auto given = domain::notice_minutes_given(*session);
        if (!required || !given || *given >= static_cast<long>(*required) * 60) {
            continue;
        }
        auto sent = lang::long_date(*session->convened_on);
        if (session->convened_at) {
            sent += " a las " + session->convened_at->to_string();
        }
        auto hours = *given < 0 ? 0 : *given / 60;
        findings.push_back(make_finding("convocatoria_tardia",
                                        RecordRef{"sessions", session->key, "convened_on"},
                                        {context.session_phrase(*session), sent,
                                         std::to_string(hours), std::to_string(*required)}));
    }
}

}  // namespace vincula::checks
