#pragma once

#include "web/page.h"

// «Mi cuenta»: who is signed in and their API tokens (administrators see
// everyone's), to create one (shown once) or revoke one at once.
namespace vincula::web {

api::Response account_page(Request& request);
api::Response create_account_token(Request& request);
api::Response revoke_account_token(Request& request);

}  // namespace vincula::web
