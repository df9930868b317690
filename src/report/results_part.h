#pragma once

#include "report/context.h"

namespace vincula::report {

// Part II: one numbered section per line of the period's work programme and
// one lettered subsection per action, in programme order. Each action
// prints, in a fixed order, what its records produce (documents, tables of
// sessions followed, convenios, mailings, the staff's account of each
// activity…) with the staff texts anchored around them, or the stated
// reason for having nothing in the period.
Section make_results_part(Context& context);

std::string results_part_summary(const Context& context);

}  // namespace vincula::report
