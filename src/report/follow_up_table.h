#pragma once

#include <string>
#include <vector>

#include "domain/follow_ups.h"
#include "report/context.h"
#include "report/model.h"

// The follow-up of agreements as the commission reads it, shared by the
// informe sobre el cumplimiento de acuerdos of a session and Part I of the
// quarterly report.
namespace vincula::report {

// «dos se cumplieron, uno está en proceso y uno venció sin cumplirse»: how
// the follow-ups stand on `day`, counted in words.
std::string follow_up_tally(const std::vector<const domain::AgreementFollowUp*>& follow_ups,
                            const common::Date& day);

// One row per follow-up: the agreement and its title, what it orders, the
// areas responsible (as named on `day`), the deadline, the state on `day`
// and, when fulfilled, the evidence.
Table follow_up_table(const Context& context,
                      const std::vector<const domain::AgreementFollowUp*>& follow_ups,
                      const common::Date& day, std::string number);

}  // namespace vincula::report
