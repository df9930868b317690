#pragma once

#include <string>
#include <utility>
#include <vector>

#include "checks/context.h"
#include "common/date.h"

namespace vincula::checks {

// A record that refers to a programmed action, and the days it speaks
// about (see action_references.cpp for which of its dates count).
struct ActionReference {
    std::string action;
    std::string array;
    std::vector<std::pair<common::Date, common::Date>> spans;
};

// Every record of every array that refers to an action (or, for staff
// texts, to a part of a programme), except the stated reasons for having no
// activity (no_activity), which are what an action needs when it has none of
// these. Found through the records' describe(), so an array or an `action`
// field added to the domain later counts without changing the review.
std::vector<ActionReference> action_references(const Context& context);

}  // namespace vincula::checks
