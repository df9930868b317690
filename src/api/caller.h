#pragma once

#include <optional>
#include <string>

#include "domain/accounts.h"

namespace vincula::api {

// Who is asking: a signed-in user, or the public (no user).
struct Caller {
    std::optional<domain::User> user;
    std::string address;  // the peer's IP address, for sign-in limits

    bool is_public() const { return !user.has_value(); }
    bool has_role(domain::Role role) const { return user && user->role == role; }
    // «sistema» never appears here: that is the command line's name.
    std::string actor() const { return user ? user->email : "público"; }
};

}  // namespace vincula::api
