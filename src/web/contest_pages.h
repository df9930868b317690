#pragma once

#include "web/page.h"

// The contests: the public's registration and winners (contest_public_pages),
// the staff's review of entries and ranking (contest_staff_pages), the
// jurors' scoring (juror_pages), and the works' files.
namespace vincula::web {

api::Response public_contest(Request& request);
api::Response register_contest_entry(Request& request);
api::Response check_your_mail(Request& request);
api::Response confirmation_page(Request& request);
api::Response confirm_contest_entry(Request& request);
api::Response entry_received(Request& request);

api::Response contest_list(Request& request);
api::Response contest_page(Request& request);
api::Response validate_entry(Request& request);
api::Response reject_entry(Request& request);
api::Response record_place(Request& request);
api::Response publish_results(Request& request);
api::Response work_file(Request& request);

api::Response juror_page(Request& request);
api::Response save_juror_scores(Request& request);

// The body a registration with its work's file may weigh.
inline constexpr std::size_t ENTRY_BODY = 26 * 1024 * 1024;

}  // namespace vincula::web
