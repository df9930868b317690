#pragma once

#include "report/context.h"

namespace vincula::report {

// The attendance matrix: one row per seat expected at any session of the
// period (councillors, technical secretary, party representations, invited
// heads of area, in that order), one column per session; «✓» present,
// «Justificada» a justified absence, blank absent, «—» not a member that day.
Table attendance_table(Context& context);

}  // namespace vincula::report
