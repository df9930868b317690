#pragma once

#include "web/page.h"

// Networks, their contacts and the mailings sent to them: compose, preview,
// send in the background with its progress, per-recipient results, retry.
namespace vincula::web {

// A mailing's line in the lists: date, network, state and counts.
nlohmann::json mailing_summary(const domain::OutgoingMailing& mailing);

api::Response networks_page(Request& request);
api::Response network_page(Request& request);
// Contacts from a CSV or XLSX file: all rows valid, or none added.
api::Response import_contacts(Request& request);
api::Response compose_mailing(Request& request);
api::Response post_mailing(Request& request);
api::Response mailing_page(Request& request);
api::Response mailing_progress(Request& request);
api::Response retry_mailing(Request& request);

// The link in every message: confirm (GET), then leave the network (POST).
api::Response unsubscribe_page(Request& request);
api::Response confirm_unsubscribe(Request& request);

}  // namespace vincula::web
