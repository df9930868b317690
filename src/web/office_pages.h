#pragma once

#include "web/page.h"

// The pages of review and administration: the report with its findings
// beside it, the consistency review, the change history, the users, and
// the users.
namespace vincula::web {

api::Response report_page(Request& request);
api::Response publish_report(Request& request);
api::Response review_page(Request& request);
api::Response audit_page(Request& request);
api::Response users_page(Request& request);
api::Response create_user(Request& request);

}  // namespace vincula::web
