#include "mail/unsubscribe.h"

#include "auth/signed_text.h"

namespace vincula::mail {

std::string new_signing_secret() {
    return auth::new_signing_secret();
}

std::string sign_subscriber(std::string_view secret, const Subscriber& subscriber) {
    // A network key has no line break, so the payload splits back unambiguously.
    return auth::sign_text(secret, subscriber.network + "\n" + subscriber.email);
}

std::optional<Subscriber> verify_subscriber(std::string_view secret, std::string_view token) {
    auto payload = auth::verified_text(secret, token);
    if (!payload) {
        return std::nullopt;
    }
    auto newline = payload->find('\n');
    if (newline == std::string::npos) {
        return std::nullopt;
    }
    return Subscriber{payload->substr(0, newline), payload->substr(newline + 1)};
}

std::string unsubscribe_link(std::string_view public_url, std::string_view token) {
    std::string base(public_url);
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    return base + "/baja?t=" + std::string(token);
}

}  // namespace vincula::mail
