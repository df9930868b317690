#pragma once

#include "web/page.h"

// «Convenios»: the registry with accent- and case-insensitive search and
// filters, and each instrument's page (its timeline, progress by session,
// accompaniments, opinions). Areas record progress on their own convenios;
// the public sees those in force.
namespace vincula::web {

api::Response convenio_list(Request& request);
api::Response convenio_page(Request& request);
api::Response add_progress(Request& request);
// GET /convenios/{key}/acciones?session=…: the progress form's choice of
// action for the session chosen (the page asks for it when the session
// changes).
api::Response progress_actions_choice(Request& request);
// POST /convenios/{key}/archivos: a file for the convenio's expediente
// (staff, and the area that operates it).
api::Response attach_convenio_file(Request& request);

}  // namespace vincula::web
