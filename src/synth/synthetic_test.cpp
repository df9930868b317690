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

// The stated figure of the old register agrees with itself and leaves the
// records, all signed later, out of it.
TEST(Synthetic, TheOldRegistersFigureAddsUpByStatusSectorAndType) {
    auto data = make_synthetic(SyntheticShape{1, 1});
    ASSERT_EQ(data.convenio_baselines.size(), 1u);
    const auto& baseline = data.convenio_baselines.front();
    ASSERT_TRUE(baseline.concluded_count.has_value());
    EXPECT_EQ(baseline.in_force_count + *baseline.concluded_count, baseline.signed_count);
    int by_sector = 0;
    for (const auto& row : baseline.by_sector) {
        by_sector += row.count;
    }
    int by_type = 0;
    for (const auto& row : baseline.by_type) {
        by_type += row.count;
    }
    EXPECT_EQ(by_sector, baseline.signed_count);
    EXPECT_EQ(by_type, baseline.signed_count);
    for (const auto& convenio : data.convenios) {
        EXPECT_GT(*convenio.signed_on, baseline.as_of) << convenio.key;
    }
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
