#pragma once

#include <string>
#include <vector>

#include "domain/organizations.h"

// Words about people and institutions that agree with their gender and
// number, whatever their names hold (an honorific or none, particles in the
// surnames).
namespace vincula::report {

bool is_feminine(const domain::Person& person);

// «la maestra Cecilia Aída Hernández Cruz», «el doctor …»; without an
// honorific the name alone: «Bernardo Núñez Yedra».
std::string person_phrase(const domain::Person& person);

// The same by surnames, for a second mention: «la maestra Hernández Cruz»,
// «De la Cruz Magaña».
std::string short_person_phrase(const domain::Person& person);

// «la consejera electoral Erika Estrada Ruiz» / «el consejero electoral …» /
// «la persona consejera electoral …».
std::string councillor(const domain::Person& person);

// «los consejeros electorales A y B»; a mixed group by gender, as the
// institute writes it: «las consejeras electorales A y B, y el consejero
// electoral C».
std::string councillors(const std::vector<const domain::Person*>& people);

// «la y los consejeros» (one woman and men), «las consejeras», «los consejeros».
std::string councillors_article(const std::vector<const domain::Person*>& people);

// «Hernández Cruz», «De la Cruz Magaña»: the surnames as recorded, or as
// lang::surnames_of reads them from the full name.
std::string surnames(const domain::Person& person);

}  // namespace vincula::report
