#pragma once

#include <string>
#include <vector>

#include "domain/organizations.h"

// Words about people that agree with their gender.
namespace vincula::report {

bool is_feminine(const domain::Person& person);

// «la consejera electoral Erika Estrada Ruiz» / «el consejero electoral …».
std::string councillor(const domain::Person& person);

// «los consejeros electorales A y B» / «las consejeras electorales A y B».
std::string councillors(const std::vector<const domain::Person*>& people);

// «la y los consejeros» (one woman and men), «las consejeras», «los consejeros».
std::string councillors_article(const std::vector<const domain::Person*>& people);

// «Hernández Cruz»: the two surnames of a Mexican full name.
std::string surnames(const std::string& full_name);

}  // namespace vincula::report
