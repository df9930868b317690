#pragma once

#include <functional>
#include <string>
#include <vector>

// Files that take seconds to make (a database with the demo loaded, the
// demo's report in every format) made once for the build and reused by
// every test process: gtest_discover_tests runs each test in a process of
// its own, so a suite's static members are made again for each test.
namespace vincula::testing {

// A directory under the build's test cache holding what `prepare` wrote
// into it, for these `inputs` (files whose edit or rebuild invalidates it:
// the binary, the demo bundle) and this `version` of `prepare`. The first
// process that asks prepares it in a directory of its own and publishes it
// by one rename; others use it as it is. Earlier copies under `name` go.
std::string prepared_once(const std::string& name, const std::vector<std::string>& inputs,
                          const std::string& version,
                          const std::function<void(const std::string& directory)>& prepare);

// The demo bundle (data/demo/iecm-cvoe-2021-q4.json) of the source tree.
std::string demo_bundle();
// A small bundle of tests/data/, a real case other than the demo's.
std::string test_bundle(const std::string& name);

}  // namespace vincula::testing
