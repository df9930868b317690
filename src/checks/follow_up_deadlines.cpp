// An agreement that ordered something by a deadline and is still not
// recorded as fulfilled at the end of the period is overdue: the review
// says so every period until its fulfilment is recorded, so that it reaches
// the commission before the next report.
#include "checks/catalogue.h"
#include "checks/checks.h"
#include "domain/follow_ups.h"
#include "lang/dates.h"

namespace vincula::checks {

void check_follow_up_deadlines(const Context& context, Findings& findings) {
    // As the day after the period ends: a deadline on its last day has passed.
    auto day = context.period().to().plus_days(1);
    auto since = common::Date::from_ymd(1900, 1, 1);
    for (const auto* follow_up :
         domain::follow_ups_to_report(context.data(), context.commission().key, since, day)) {
        if (domain::follow_up_state(*follow_up, day) != domain::FollowUpState::Overdue) {
            continue;
        }
        findings.push_back(
            make_finding("seguimiento_vencido",
                         RecordRef{"agreement_follow_ups", follow_up->agreement, "status"},
                         {follow_up->agreement, lang::long_date(*follow_up->deadline)}));
    }
}

}  // namespace vincula::checks
