#pragma once

#include <string>

#include "web/page.h"

// «Acuerdos»: the follow-up of the agreements that order something: what
// each orders, who answers for it, by when, and whether it was fulfilled.
// An area sees the agreements it answers for and records their fulfilment.
namespace vincula::web {

api::Response agreement_follow_up_page(Request& request);

// The part of «Acuerdos» that holds one agreement's follow-up
// («seguimiento-CVOE-044-21»), for links from other pages.
std::string follow_up_anchor(const std::string& agreement_code);

// The address that shows one agreement's follow-up, at its anchor, however
// long the lists are.
std::string follow_up_href(const std::string& agreement_code);

}  // namespace vincula::web
