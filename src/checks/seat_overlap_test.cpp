#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(PresidencyOverlap, TwoPresidenciesAtOnceAreAnError) {
    auto data = consistent_quarter();
    data.memberships.push_back(
        seat("m-bvm-p", "bvm", domain::MemberRole::Presidency, day(2021, 11, 1)));
    auto findings = run_check(check_presidency_overlap, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "presidencias_simultaneas");
    EXPECT_EQ(findings[0].message,
              "Erika Estrada Ruiz (eer) y Bernardo Valle Monroy (bvm) ocupan a la vez la "
              "presidencia de la comisión desde el lunes 1 de noviembre de 2021; revise las fechas "
              "de ambas integraciones.");
}

TEST(PresidencyOverlap, AHandoverAndAnOverlapOutsideThePeriodAreQuiet) {
    auto data = consistent_quarter();
    data.memberships[0].to = day(2021, 10, 31);
    data.memberships.push_back(
        seat("m-bvm-p", "bvm", domain::MemberRole::Presidency, day(2021, 11, 1)));
    EXPECT_TRUE(run_check(check_presidency_overlap, data).empty());
    data.memberships[0].to = day(2021, 11, 5);
    data.memberships[0].from = day(2020, 1, 1);
    EXPECT_EQ(run_check(check_presidency_overlap, data).size(), 1u);
    EXPECT_TRUE(
        run_check(check_presidency_overlap, data, domain::Period::quarter("2022-Q1").value())
            .empty());
}

}  // namespace
}  // namespace vincula::checks
