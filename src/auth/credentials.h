#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

// Passwords and secret tokens, through libsodium: nothing here is written by
// hand but the rules of what a password must be.
namespace vincula::auth {

// Argon2id in libsodium's self-describing encoding (algorithm, cost and
// salt inside), at 19 MiB and two passes (OWASP's minimum): what makes
// guessing slow.
// A hash of another cost (the 64 MiB of earlier versions) still verifies.
std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& encoded_hash);
// Whether a stored hash was made at another cost than hash_password's now:
// the sign-in that verifies it stores a new one.
bool needs_rehash(const std::string& encoded_hash);

// Characters (not bytes) a new password needs at least (ASVS 2.1.1).
// Passwords set before it rose from 10 keep working until changed.
inline constexpr std::size_t MINIMUM_PASSWORD_LENGTH = 12;

// At least MINIMUM_PASSWORD_LENGTH characters; reported on `field` with rule
// `contrasena_corta`.
common::Outcome check_password_rules(std::string_view password, const std::string& field);

// A new random secret (session id or API token): 32 bytes, URL-safe base64.
std::string new_secret();

// What the database keeps of a secret: its BLAKE2b hash in hex. The secret
// is high-entropy, so a fast keyed-less hash is enough (unlike passwords).
std::string secret_hash(std::string_view secret);

// Compares two texts in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace vincula::auth
