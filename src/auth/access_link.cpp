#include "auth/access_link.h"

#include <charconv>

#include "auth/digest.h"
#include "auth/signed_text.h"

namespace vincula::auth {
namespace {

constexpr std::string_view PURPOSE = "acceso";

std::string mark_of(std::string_view password_hash) {
    return sha256_hex(password_hash).substr(0, 32);
}

std::optional<std::int64_t> number_of(std::string_view text) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::string sign_access(std::string_view secret, std::int64_t user_id, std::int64_t expires,
                        std::string_view password_hash) {
    return sign_text(secret, std::string(PURPOSE) + "\n" + std::to_string(user_id) + "\n" +
                                 std::to_string(expires) + "\n" + mark_of(password_hash));
}

std::optional<AccessClaim> read_access(std::string_view secret, std::string_view link_token) {
    auto payload = verified_text(secret, link_token);
    if (!payload) {
        return std::nullopt;
    }
    std::string_view rest = *payload;
    std::string parts[4];
    for (int i = 0; i < 4; ++i) {
        auto newline = rest.find('\n');
        parts[i] = std::string(rest.substr(0, newline));
        rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    }
    // Another signed text of this installation (an unsubscribe link) is
    // not an access link.
    auto user = number_of(parts[1]);
    auto expires = number_of(parts[2]);
    if (parts[0] != PURPOSE || !user || !expires || parts[3].empty()) {
        return std::nullopt;
    }
    return AccessClaim{*user, *expires, parts[3]};
}

bool access_still_good(const AccessClaim& claim, std::int64_t now,
                       std::string_view current_password_hash) {
    return now < claim.expires && claim.password_mark == mark_of(current_password_hash);
}

}  // namespace vincula::auth
