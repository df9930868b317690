#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The link that lets one person choose their password: an invitation to a
// new account, or a reset. It names the user and when it expires, is
// signed with the installation's secret, and is bound to the password the
// account has when it is made: choosing a password (or a newer link's use)
// ends it, so it works once.
namespace vincula::auth {

struct AccessClaim {
    std::int64_t user_id = 0;
    std::int64_t expires = 0;   // seconds since the epoch, UTC
    std::string password_mark;  // what binds it to the password of then
};

std::string sign_access(std::string_view secret, std::int64_t user_id, std::int64_t expires,
                        std::string_view password_hash);

// What a link claims, when this installation signed it.
std::optional<AccessClaim> read_access(std::string_view secret, std::string_view link_token);

// Whether the claim still opens the account: not expired at `now`, and the
// account's password unchanged since the link was made.
bool access_still_good(const AccessClaim& claim, std::int64_t now,
                       std::string_view current_password_hash);

}  // namespace vincula::auth
