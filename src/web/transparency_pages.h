#pragma once

#include "web/page.h"

// «Transparencia»: what the law asks each commission to publish, readable
// without signing in: its members, the calendar of its sessions, the
// minutas it approved and the agreements it adopted, each list also as CSV.
namespace vincula::web {

// /transparencia: the commissions (straight to the one when there is one).
api::Response transparency_index(Request& request);
// /transparencia/{commission} and /transparencia/{commission}/{year}: one
// year of a commission (its latest year with sessions when unsaid).
api::Response transparency_page(Request& request);
// /transparencia/{commission}/integracion.csv
api::Response transparency_members_csv(Request& request);
// /transparencia/{commission}/{year}/sesiones.csv
api::Response transparency_sessions_csv(Request& request);
// /transparencia/{commission}/{year}/acuerdos.csv
api::Response transparency_agreements_csv(Request& request);

}  // namespace vincula::web
