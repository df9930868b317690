#pragma once

#include "web/page.h"

// The quarterly report and the consistency review: the report with its
// findings beside it, its approved versions, the approval (asked for
// confirmation, and a reason when the review has errors) and the withdrawal.
namespace vincula::web {

api::Response report_page(Request& request);
api::Response confirm_approval(Request& request);
api::Response publish_report(Request& request);
api::Response withdraw_report(Request& request);
api::Response review_page(Request& request);

}  // namespace vincula::web
