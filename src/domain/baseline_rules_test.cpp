#include <gtest/gtest.h>

#include "domain/registry_test_data.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

// The figure at the end of 2023, also broken down by type.
ConvenioBaseline stated_22() {
    auto baseline = testing::stated_at_end_of_2023();
    baseline.by_type = {{ConvenioType::Support, 20}, {ConvenioType::Specific, 2}};
    return baseline;
}

common::FieldErrors problems(const ConvenioBaseline& baseline) {
    Dataset data;
    data.convenio_baselines.push_back(baseline);
    return validate(data);
}

TEST(BaselineRules, FiguresThatAddUpAreAccepted) {
    EXPECT_TRUE(problems(stated_22()).empty());
    auto without_breakdowns = stated_22();
    without_breakdowns.concluded_count.reset();
    without_breakdowns.by_sector.clear();
    without_breakdowns.by_type.clear();
    EXPECT_TRUE(problems(without_breakdowns).empty());
}

TEST(BaselineRules, ABreakdownThatDoesNotAddUpIsRefusedShowingTheSum) {
    auto baseline = stated_22();
    baseline.by_sector[2].count = 3;  // 18 + 2 + 3 = 23, not 22
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "desglose_suma");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].by_sector");
    EXPECT_EQ(errors[0].message,
              "el desglose por sector suma 23 (18 + 2 + 3), pero los instrumentos suscritos son "
              "22: un desglose reparte los instrumentos suscritos y debe sumar lo mismo.");
}

TEST(BaselineRules, EachBreakdownIsCheckedOnItsOwn) {
    auto baseline = stated_22();
    baseline.by_type[0].count = 19;
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "desglose_suma");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].by_type");
    EXPECT_NE(errors[0].message.find("por tipo de instrumento suma 21 (19 + 2)"), std::string::npos)
        << errors[0].message;
}

TEST(BaselineRules, ASectorTwiceInABreakdownIsRefusedAtItsSecondRow) {
    auto baseline = stated_22();
    baseline.by_sector = {{Sector::Academic, 18}, {Sector::Electoral, 2}, {Sector::Academic, 2}};
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 1u) << errors[0].message;
    EXPECT_EQ(errors[0].rule, "desglose_repetido");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].by_sector[2].sector");
    EXPECT_NE(errors[0].message.find("\"academico\" ya figura en by_sector[0]"), std::string::npos)
        << errors[0].message;
}

TEST(BaselineRules, InForceAndConcludedMustMakeTheSigned) {
    auto baseline = stated_22();
    baseline.concluded_count = 11;
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "vigentes_y_concluidos_suman_suscritos");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].concluded");
    EXPECT_NE(errors[0].message.find("los vigentes (10) y los concluidos (11) suman 21, pero los "
                                     "suscritos son 22"),
              std::string::npos)
        << errors[0].message;
}

TEST(BaselineRules, MoreInForceThanSignedIsStillRefused) {
    auto baseline = stated_22();
    baseline.in_force_count = 23;
    baseline.concluded_count.reset();
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "vigentes_no_mas_que_suscritos");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].in_force");
}

TEST(BaselineRules, ANegativeCountIsRefusedOnceByItsBounds) {
    auto baseline = stated_22();
    baseline.by_sector[1].count = -2;
    baseline.concluded_count = -1;
    auto errors = problems(baseline);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].rule, "rango_numero");
    EXPECT_EQ(errors[0].field, "convenio_baselines[0].concluded");
    EXPECT_EQ(errors[1].rule, "rango_numero");
    EXPECT_EQ(errors[1].field, "convenio_baselines[0].by_sector[1].count");
}

}  // namespace
}  // namespace vincula::domain
