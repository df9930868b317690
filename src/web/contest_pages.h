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
api::Response receive_work_part(Request& request);
api::Response entry_received(Request& request);
// «Consulta el estado de tu registro»: by folio and the e-mail it was sent from.
api::Response entry_status(Request& request);

api::Response contest_list(Request& request);
api::Response contest_page(Request& request);
api::Response validate_entry(Request& request);
api::Response reject_entry(Request& request);
api::Response record_place(Request& request);
api::Response publish_results(Request& request);
api::Response work_file(Request& request);

api::Response juror_page(Request& request);
api::Response save_juror_scores(Request& request);

// The body a confirmation may weigh with its work's file, when a browser
// without scripts sends the file whole: the largest any request may have
// (http::MAX_MESSAGE). With scripts the file comes in parts.
inline constexpr std::size_t ENTRY_BODY = 4 * 1024 * 1024;
// One part of a work's file, and room for nothing else.
inline constexpr std::size_t PART_BODY = api::WORK_FILE_PART_BYTES;

}  // namespace vincula::web
