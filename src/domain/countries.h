#pragma once

#include <string_view>
#include <vector>

namespace vincula::domain {

// True for an officially assigned ISO 3166-1 alpha-2 code, in capitals
// («MX», «US», «ES»).
bool is_country_code(std::string_view code);

// The 32 federal entities of Mexico, by their usual names, in alphabetical
// order («Aguascalientes» … «Zacatecas»; «Ciudad de México», «Estado de
// México»).
const std::vector<std::string_view>& mexican_entities();

}  // namespace vincula::domain
