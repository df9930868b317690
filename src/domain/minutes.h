#pragma once

#include "domain/dataset.h"

// The life of a session's minuta: a draft written from the records until an
// agreement of a later session approves it.
namespace vincula::domain {

// The agreement that approved `session`'s minuta, or none yet: an approved
// agreement that names it (`minutes_of`); else, by rule, for an ordinary
// session, the one approved minuta agreement naming no session of the
// commission's next ordinary session held (CVOE/037/21, in the tenth,
// approves the ninth's). `data` holds the commission's sessions and
// agreements.
const Agreement* minutes_approval(const Dataset& data, const Session& session);

}  // namespace vincula::domain
