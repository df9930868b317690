#pragma once

#include <nlohmann/json.hpp>

#include "domain/dataset.h"
#include "domain/period.h"
#include "web/page.h"

// What Inicio puts first: the work waiting for whoever signed in. The
// unit's staff see the period's sessions without a roll call, minutas
// still to approve and overdue agreements; an area, its convenios in course
// without progress this quarter and the agreements it answers for that are
// overdue.
namespace vincula::web {

// Groups of {title, items: [{text, href}], empty, none}; `data` is the
// quarter's scope of `commission`.
nlohmann::json pending_work(Request& request, const domain::Dataset& data,
                            const domain::Commission& commission, const domain::Period& period);

}  // namespace vincula::web
