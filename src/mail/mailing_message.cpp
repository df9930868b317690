#include "mail/mailing_message.h"

#include "mail/unsubscribe.h"

namespace vincula::mail {

Message mailing_message(const Settings& settings, std::string_view signing_secret,
                        const Recipient& recipient, std::string_view subject,
                        std::string_view body) {
    auto token = sign_subscriber(signing_secret, Subscriber{recipient.network, recipient.email});
    auto link = unsubscribe_link(settings.public_url, token);
    std::string text(body);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
        text.pop_back();
    }
    text += "\n\n-- \nRecibe este mensaje por formar parte de " + recipient.network_name +
            ".\nPara dejar de recibir estos mensajes, visite:\n" + link + "\n";
    return Message{recipient.email,
                   recipient.name,
                   std::string(subject),
                   std::move(text),
                   {{"List-Unsubscribe", "<" + link + ">"}}};
}

}  // namespace vincula::mail
