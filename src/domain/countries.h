#pragma once

#include <string_view>

namespace vincula::domain {

// True for an officially assigned ISO 3166-1 alpha-2 code, in capitals
// («MX», «US», «ES»).
bool is_country_code(std::string_view code);

}  // namespace vincula::domain
