#pragma once

#include <string>
#include <string_view>

#include "mail/smtp.h"

// What one contact of a network receives: the mailing's subject and text,
// and a footer with the link to stop receiving them (also in the
// List-Unsubscribe header, which mail readers show as a button).
namespace vincula::mail {

struct Recipient {
    std::string network;       // key
    std::string network_name;  // «Red de Observación IECM»
    std::string email;
    std::string name;
};

Message mailing_message(const Settings& settings, std::string_view signing_secret,
                        const Recipient& recipient, std::string_view subject,
                        std::string_view body);

}  // namespace vincula::mail
