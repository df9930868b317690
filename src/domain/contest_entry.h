#pragma once

#include "common/date.h"
#include "common/field_error.h"
#include "domain/contests.h"

namespace vincula::domain {

// The age below which an entrant needs a guardian's name and consent.
inline constexpr int AGE_OF_MAJORITY = 18;

// When registration for `contest` closes, in Mexico City time.
common::LocalMoment registration_closes(const Contest& contest);

// Whether an entry made at `now` (Mexico City time) is inside the window.
bool registration_open_at(const Contest& contest, const common::LocalMoment& now);

// What the public registration form must satisfy beyond each field's own
// type: the window, an age some category takes, a guardian for minors, the
// state for residents of another state, the privacy notice, and the work as
// a file or a link. Fields are named as in the record (`work.link`).
common::FieldErrors entry_errors(const Contest& contest, const Registration& entry,
                                 const common::LocalMoment& now);

// «VFF4-0007»: the folio of the contest's `number`-th entry.
std::string entry_folio(const Contest& contest, std::size_t number);

}  // namespace vincula::domain
