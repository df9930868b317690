#pragma once

#include "common/date.h"
#include "domain/commissions.h"
#include "domain/organizations.h"

// Facts that change over time read as of a date: an area's name, acronym and
// head, a commission's name, acronym, kind and integration. Every document
// names a body as it was on the date it speaks of.
namespace vincula::domain {

// The area with every change of its history dated on or before `date`
// applied, oldest first; `history` is kept as it was.
Area area_as_of(const Area& area, const common::Date& date);

// The commission likewise (its name, acronym, kind and the pattern of its
// agreements' codes); a change with an agreement re-integrates it from the
// change's date («integrated_by», «integrated_on»).
Commission commission_as_of(const Commission& commission, const common::Date& date);

}  // namespace vincula::domain
