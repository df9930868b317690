#pragma once

#include <cstdint>
#include <string>

#include "domain/database.h"
#include "mail/smtp.h"

// Sends a mailing's pending messages, one by one, recording each answer of
// the mail server as it comes: the progress page reads those records.
namespace vincula::web {

// Sends every pending delivery of mailing `id`, then ends it (its state
// and its `mailings` record). A server that cannot be reached stops the
// sending: what was not tried stays pending for «Reintentar pendientes».
void send_pending(domain::Database& database, const mail::Settings& settings, std::int64_t id,
                  const std::string& actor);

}  // namespace vincula::web
