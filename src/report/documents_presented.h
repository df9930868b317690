#pragma once

#include <vector>

#include "report/context.h"

namespace vincula::report {

// The reports, notes and proposals presented to the sessions of the period:
// one bullet per series (or per document outside a series), each with a
// footnote naming the sessions where it was presented when there were
// several; then the documents presented because a provision requires it.
void documents_presented(Context& context, std::vector<Block>& blocks);

}  // namespace vincula::report
