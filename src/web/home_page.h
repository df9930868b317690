#pragma once

#include "web/page.h"

namespace vincula::web {

// «Inicio»: the period at a glance for staff; for the public, what the
// institute publishes (approved reports, convenios in force).
api::Response home(Request& request);

}  // namespace vincula::web
