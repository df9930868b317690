#pragma once

#include <optional>
#include <string>
#include <string_view>

// Unsubscribe links: a token that names a contact of a network and that only
// this installation could have written (HMAC-SHA512-256 under a secret kept
// in the database, shared by every server process on it).
namespace vincula::mail {

struct Subscriber {
    std::string network;  // key
    std::string email;
};

// A new secret for signing: 32 random bytes, in hex.
std::string new_signing_secret();

// «<payload>.<tag>», both URL-safe base64 without padding: fits a query
// value as it is.
std::string sign_subscriber(std::string_view secret, const Subscriber& subscriber);

// The subscriber a token names, or nothing when it was altered, forged with
// another secret, or is not a token at all. Compared in constant time.
std::optional<Subscriber> verify_subscriber(std::string_view secret, std::string_view token);

// «{public_url}/baja?t=TOKEN».
std::string unsubscribe_link(std::string_view public_url, std::string_view token);

}  // namespace vincula::mail
