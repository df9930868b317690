#pragma once

#include "web/page.h"

// «Acuerdos»: the follow-up of the agreements that order something: what
// each orders, who answers for it, by when, and whether it was fulfilled.
// An area sees the agreements it answers for and records their fulfilment.
namespace vincula::web {

api::Response agreement_follow_up_page(Request& request);

}  // namespace vincula::web
