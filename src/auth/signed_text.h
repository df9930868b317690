#pragma once

#include <optional>
#include <string>
#include <string_view>

// Texts that only this installation could have written: a payload and its
// HMAC-SHA512-256 tag under a secret kept in the database (shared by every
// server process on it), for links that carry what they grant
// (unsubscribing, choosing a password).
namespace vincula::auth {

// A new secret for signing: 32 random bytes, in hex.
std::string new_signing_secret();

// «<payload>.<tag>», both URL-safe base64 without padding: fits a path or
// a query value as it is.
std::string sign_text(std::string_view secret, std::string_view payload);

// The payload a signed text carries, or nothing when it was altered, signed
// with another secret, or is not a signed text at all. Compared in
// constant time.
std::optional<std::string> verified_text(std::string_view secret, std::string_view signed_text);

}  // namespace vincula::auth
