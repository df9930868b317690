#pragma once

#include <string_view>
#include <vector>

#include "common/date.h"
#include "domain/dataset.h"

// The follow-up of agreements (seguimiento de acuerdos): where each stands
// on a date, and which a session or a period reports.
namespace vincula::domain {

// What a follow-up says on a date: recorded in progress or fulfilled, or
// overdue: in progress past its deadline (computed, never recorded).
enum class FollowUpState { InProgress, Fulfilled, Overdue };

// The state on `day`: fulfilled only once fulfilled_on has come (a
// fulfilment recorded later is not yet known on an earlier date).
FollowUpState follow_up_state(const AgreementFollowUp& follow_up, const common::Date& day);
// «en proceso», «cumplido», «vencido».
std::string_view follow_up_state_words(FollowUpState state);

// The date an agreement was adopted: its own, else its session's.
std::optional<common::Date> adopted_on(const Dataset& data, const Agreement& agreement);

// The commission's follow-ups a report on `day` accounts for: those of
// agreements adopted before `day` still open on it, and those fulfilled
// since `since` (the previous report), by agreement code.
std::vector<const AgreementFollowUp*> follow_ups_to_report(const Dataset& data,
                                                           const std::string& commission,
                                                           const common::Date& since,
                                                           const common::Date& day);

}  // namespace vincula::domain
