// Ordinary sessions follow the calendar approved with the work programme and
// fall on working days; one dated on a weekend is most often a typing slip.
// It can be right (a session moved by agreement), hence only an aviso.
#include "checks/catalogue.h"
#include "checks/checks.h"
#include "lang/dates.h"

namespace vincula::checks {

void check_weekend_sessions(const Context& context, Findings& findings) {
    constexpr unsigned SUNDAY = 0;
    constexpr unsigned SATURDAY = 6;
    for (const auto* session : context.sessions()) {
        if (session->type != domain::SessionType::Ordinary ||
            session->status == domain::SessionStatus::Cancelled ||
            !context.in_period(session->date)) {
            continue;
        }
        auto weekday = session->date.weekday();
        if (weekday == SATURDAY || weekday == SUNDAY) {
            findings.push_back(make_finding(
                "sesion_ordinaria_en_fin_de_semana", RecordRef{"sessions", session->key, "date"},
                {context.session_name(*session), lang::long_date(session->date)}));
        }
    }
}

}  // namespace vincula::checks
