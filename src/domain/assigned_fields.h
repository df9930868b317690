#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "domain/dataset.h"

// What the system fills in a new record that leaves it out, so nobody
// invents it: the key and, for a session, its number. Keys are readable
// (made of the record's own words: «o11-2021» for the eleventh ordinary
// session of 2021, «m-eer» for Erika Estrada Ruiz's seat), stable (assigned
// once, never remade) and unique (the first candidate not taken).
namespace vincula::domain {

// Whether a new record of `array` without a key is given one. Not for the
// keys that are official identifiers someone else chose (an area's or a
// commission's acronym, an opinion's number), nor for agreements (their
// code follows the commission's series: next_agreement_code).
bool assigns_key(std::string_view array);

// The key the only record of `incoming` (of `array`) takes: its first
// candidate `taken` does not claim. `taken` is asked in order, so a caller
// may read each candidate from the store as it is asked.
std::string assigned_key(std::string_view array, const Dataset& incoming,
                         const std::function<bool(const std::string& key)>& taken);

// The number a new session of `commission`, `type` and `year` takes: one
// past the highest its series holds in `stored` (a cancelled session that
// releases its number does not hold it).
int next_session_number(const Dataset& stored, const Session& session);

}  // namespace vincula::domain
