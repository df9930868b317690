#pragma once

#include <nlohmann/json.hpp>

namespace vincula::testing {

// A small valid bundle in the shape of the seed: the IECM, the CVOE, its
// presidency, a member, a party, two ordinary sessions of 2021 with their
// attendance and three agreements. Tests break one thing in it at a time.
nlohmann::ordered_json sample_bundle();

}  // namespace vincula::testing
