#pragma once

#include "web/page.h"

// Accounts, as administrators keep them: the list, a new account (invited
// by e-mail to choose its password, or given one), a change of name, role,
// area or juror, deactivation, and a new link to choose a password; and
// the page such a link opens.
namespace vincula::web {

api::Response users_page(Request& request);
api::Response create_user(Request& request);
api::Response user_page(Request& request);
api::Response change_user(Request& request);
api::Response send_access_link(Request& request);
api::Response welcome_page(Request& request);
api::Response choose_password(Request& request);

}  // namespace vincula::web
