#pragma once

#include <string>

#include "checks/finding.h"
#include "web/page.h"

namespace vincula::web {

// Where a finding's «Corregir» leads: the form where that finding is fixed
// (the record it names, at its field, or a new record already filled in
// with what the review knows), coming back to `back` once saved. Empty when
// the caller may not make that fix, or the record no longer exists.
// `report` is the page of the period's report (its approved versions).
std::string finding_href(Request& request, const checks::Finding& finding, const std::string& back,
                         const std::string& report);

}  // namespace vincula::web
