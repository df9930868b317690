#pragma once

#include "web/page.h"

namespace vincula::web {

// GET /entrar: the sign-in form; POST /entrar signs in and returns the user
// to the page that asked (`volver`); POST /salir signs out.
api::Response show_sign_in(Request& request);
api::Response sign_in(Request& request);
api::Response sign_out(Request& request);

}  // namespace vincula::web
