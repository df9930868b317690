#pragma once

#include "report/context.h"

namespace vincula::report {

// Part I: the sessions held in the period and their modality, the sessions
// table, the attendance matrix, the agreements adopted (counted in words by
// session, then listed) and the documents presented, one bullet per series
// with a footnote naming the sessions where it was presented.
Section make_sessions_part(Context& context);

// «Sesiones celebradas que acreditan …»: the line the introduction lists.
std::string sessions_part_summary(const Context& context);

}  // namespace vincula::report
