#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/caller.h"
#include "common/date.h"
#include "common/result.h"
#include "domain/database.h"

// Mailings to a network's contacts: who may send them, what a mailing must
// say, who receives it (never a contact who opted out), and a contact
// leaving a network through the link in a message. No mail is sent here:
// the web layer sends, this layer decides and records.
namespace vincula::api {

// Administrators and capturists: they read contacts and write mailings.
bool may_send_mailings(const Caller& caller);

struct MailingDraft {
    std::string network;  // key
    std::string kind;     // boletin, invitacion, informacion, solicitud
    std::string subject;
    std::string body;
    std::string action;  // optional: the work programme action it serves
};

// The draft checked against what is stored: every problem at once, on the
// fields `network`, `kind`, `subject`, `body`, `action`. The network's name and its
// contacts who receive it come back.
struct CheckedDraft {
    domain::Network network;
    domain::MailingKind kind = domain::MailingKind::Information;
    std::vector<domain::Delivery> recipients;
};
common::Result<CheckedDraft> check_draft(domain::Store& store, const MailingDraft& draft);

// Checks the draft and records the mailing with one pending delivery per
// recipient, dated `today`. Returns its number; `permiso_denegado` for
// other roles.
common::Result<std::int64_t> start_mailing(domain::Database& database, const Caller& caller,
                                           const MailingDraft& draft, common::Date today);

// The bundle record a sending ends with (recipients filled in by the store).
domain::Mailing mailing_record(const domain::OutgoingMailing& outgoing);

// Marks the contact `email` of `network` as opted out (audited, actor
// «baja por enlace»). Matching ignores case. Returns how many contacts
// changed: 0 when already out or not there.
common::Result<int> opt_out(domain::Store& store, const std::string& network,
                            const std::string& email);

}  // namespace vincula::api
