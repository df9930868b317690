#pragma once

#include "web/page.h"

// The pages of administration: the change history and the users.
namespace vincula::web {

api::Response audit_page(Request& request);
api::Response users_page(Request& request);
api::Response create_user(Request& request);

}  // namespace vincula::web
