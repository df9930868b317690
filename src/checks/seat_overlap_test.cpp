#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;
using domain::MemberRole;

// Bernardo Valle Monroy leaves his seat as a member the day before he
// takes the presidency: a handover, nothing to report on its own.
domain::Dataset with_new_president(common::Date from) {
    auto data = consistent_quarter();
    data.memberships[1].to = from.plus_days(-1);
    data.memberships.push_back(seat("m-bvm-p", "bvm", MemberRole::Presidency, from));
    return data;
}

TEST(SeatOverlap, TwoPresidenciesAtOnceAreAnError) {
    auto data = with_new_president(day(2021, 11, 1));
    auto findings = run_check(check_seat_overlap, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "presidencias_simultaneas");
    EXPECT_EQ(findings[0].message,
              "Erika Estrada Ruiz (eer) y Bernardo Valle Monroy (bvm) ocupan a la vez la "
              "presidencia de la comisión desde el lunes 1 de noviembre de 2021; revise las fechas "
              "de ambas integraciones.");
}

TEST(SeatOverlap, AHandoverAndAnOverlapOutsideThePeriodAreQuiet) {
    auto data = with_new_president(day(2021, 11, 1));
    data.memberships[0].to = day(2021, 10, 31);
    EXPECT_TRUE(run_check(check_seat_overlap, data).empty());
    data.memberships[0].to = day(2021, 11, 5);
    data.memberships[0].from = day(2020, 1, 1);
    EXPECT_EQ(run_check(check_seat_overlap, data).size(), 1u);
    EXPECT_TRUE(
        run_check(check_seat_overlap, data, domain::Period::quarter("2022-Q1").value()).empty());
}

TEST(SeatOverlap, APersonInTwoSeatsAtOnceIsAnError) {
    auto data = consistent_quarter();
    data.memberships[0].to = day(2021, 10, 31);
    // He takes the presidency but his seat as a member was never closed.
    data.memberships.push_back(seat("m-bvm-p", "bvm", MemberRole::Presidency, day(2021, 11, 1)));
    auto findings = run_check(check_seat_overlap, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "persona_en_dos_lugares");
    EXPECT_EQ(findings[0].message,
              "Bernardo Valle Monroy (bvm) ocupa a la vez una integración y la presidencia de la "
              "comisión desde el lunes 1 de noviembre de 2021; una persona tiene un solo lugar en "
              "la comisión: revise las fechas de ambas integraciones.");
}

TEST(SeatOverlap, TwoSecretariesAtOnceAreAnErrorUnlessOneSubstitutes) {
    auto data = consistent_quarter();
    data.people.push_back(person("rdl", "Rosa Díaz López"));
    data.people.push_back(person("jpg", "Juan Pérez García"));
    data.memberships.push_back(
        seat("m-rdl", "rdl", MemberRole::TechnicalSecretary, day(2020, 10, 9)));
    auto substitute = seat("m-jpg", "jpg", MemberRole::TechnicalSecretary, day(2021, 11, 18));
    substitute.to = day(2021, 11, 18);
    data.memberships.push_back(substitute);
    auto findings = run_check(check_seat_overlap, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "secretarias_simultaneas");
    EXPECT_NE(findings[0].message.find("comisión el jueves 18 de noviembre de 2021;"),
              std::string::npos)
        << findings[0].message;

    data.memberships.back().substitute_for = "m-rdl";
    EXPECT_TRUE(run_check(check_seat_overlap, data).empty());
}

}  // namespace
}  // namespace vincula::checks
