#pragma once

#include "web/page.h"

// The page of the change history (the users' pages: user_pages.h).
namespace vincula::web {

api::Response audit_page(Request& request);

}  // namespace vincula::web
