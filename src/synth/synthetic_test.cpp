#include "synth/synthetic.h"

#include <gtest/gtest.h>

#include "domain/validate.h"

namespace vincula::synth {
namespace {

TEST(Synthetic, ThirtyConveniosPerCommissionYearByDefault) {
    auto data = make_synthetic(SyntheticShape{2, 3});
    EXPECT_EQ(data.convenios.size(), 2u * 3u * 30u);
    EXPECT_TRUE(domain::validate(data).empty());
}

// The API benchmark asks for ten thousand convenios: more per year must
// still be a bundle that imports (keys unique, dates in their year).
TEST(Synthetic, MoreConveniosPerYearStayValid) {
    SyntheticShape shape;
    shape.convenios_per_year = 400;
    auto data = make_synthetic(shape);
    EXPECT_EQ(data.convenios.size(), 400u);
    EXPECT_EQ(data.convenio_progress.size(), 5u * 400u);
    auto problems = domain::validate(data);
    EXPECT_TRUE(problems.empty()) << problems.front().field << ": " << problems.front().message;
    for (const auto& convenio : data.convenios) {
        ASSERT_TRUE(convenio.signed_on.has_value()) << convenio.key;
        EXPECT_EQ(convenio.signed_on->year(), 2015) << convenio.key;
    }
}

}  // namespace
}  // namespace vincula::synth
