#pragma once

#include "web/page.h"

// «Integración» (who sat on each commission, and when) and «Programa
// anual» (lines and actions, each with its activities in the quarter or
// the stated reason why there were none).
namespace vincula::web {

api::Response membership_page(Request& request);
api::Response person_page(Request& request);
api::Response programme_page(Request& request);

// «Seguimiento»: the INE sessions followed, the SIVOPLE reports and the
// executive notes on elections abroad, of the quarter, by date.
api::Response follow_up_page(Request& request);

}  // namespace vincula::web
