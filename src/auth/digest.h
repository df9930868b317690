#pragma once

#include <string>
#include <string_view>

namespace vincula::auth {

// SHA-256 of `bytes` in lower-case hex (64 characters), through libsodium:
// the fingerprint that an approved report's files are published with, so
// anyone can tell that a copy is the approved one (`sha256sum`).
std::string sha256_hex(std::string_view bytes);

}  // namespace vincula::auth
