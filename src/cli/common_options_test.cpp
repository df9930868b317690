#include <gtest/gtest.h>

#include "cli/commands.h"
#include "domain/dataset.h"

namespace vincula::cli {
namespace {

// `vincula import` says what it loaded in Spanish: every array of the
// bundle needs its words (the singular differs from the fallback, which
// prints the array name), or the summary would print a wire name.
TEST(CountLabel, EveryBundleArrayHasSpanishWords) {
    domain::Dataset empty;
    domain::for_each_array(empty, [](domain::ArrayInfo info, auto&) {
        auto name = std::string(info.name);
        EXPECT_NE(count_label(info.name, 1), "1 " + name) << name;
    });
    EXPECT_EQ(count_label("sessions", 1), "1 sesión");
    EXPECT_EQ(count_label("agreements", 12), "12 acuerdos");
}

}  // namespace
}  // namespace vincula::cli
