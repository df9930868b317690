#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(AttendanceMembers, SomeoneWhoseSeatEndedBeforeTheSessionIsAnError) {
    auto data = consistent_quarter();
    data.memberships[1].to = day(2021, 10, 31);
    data.memberships[1].label = "Integrante: Bernardo Valle Monroy";
    auto findings = run_check(check_attendance_members, data);
    ASSERT_EQ(findings.size(), 2u);  // the eleventh and twelfth sessions
    EXPECT_EQ(findings[0].rule, "asistente_no_integrante");
    EXPECT_EQ(findings[0].message,
              "En la décima primera sesión ordinaria (miércoles 24 de noviembre de 2021) figura "
              "como presente «Integrante: Bernardo Valle Monroy» (m-bvm), pero esa integración "
              "terminó el domingo 31 de octubre de 2021.");
    EXPECT_EQ(findings[0].record, (RecordRef{"attendance", "o11", "present[1]"}));
}

TEST(AttendanceMembers, AnotherCommissionsSeatIsAnError) {
    auto data = consistent_quarter();
    auto other = seat("m-otra", "bvm", domain::MemberRole::Member, day(2020, 1, 1));
    other.commission = "CEC";
    data.memberships.push_back(other);
    data.attendance[1].justified.push_back("m-otra");
    auto findings = run_check(check_attendance_members, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("figura con inasistencia justificada Bernardo Valle Monroy "
                                       "(bvm), integración m-otra, pero esa integración es de otra "
                                       "comisión (CEC)"),
              std::string::npos)
        << findings[0].message;
}

TEST(AttendanceMembers, ASubstituteBesideTheSeatItCoversIsAnError) {
    auto data = consistent_quarter();
    data.people.push_back(person("jpg", "Juan Pérez García"));
    auto substitute = seat("m-jpg", "jpg", domain::MemberRole::Member, day(2021, 11, 24));
    substitute.to = day(2021, 11, 24);
    substitute.substitute_for = "m-bvm";
    data.memberships.push_back(substitute);
    data.attendance[2].present.push_back("m-jpg");  // o11, where m-bvm is present too
    auto findings = run_check(check_attendance_members, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "suplencia_con_titular_presente");
    EXPECT_EQ(findings[0].record, (RecordRef{"attendance", "o11", "present[2]"}));
    EXPECT_NE(findings[0].message.find("décima primera sesión ordinaria"), std::string::npos);

    // Standing in for an absent member is what a substitute is for.
    data.attendance[2].present = {"m-eer", "m-jpg"};
    EXPECT_TRUE(run_check(check_attendance_members, data).empty());
}

TEST(AttendanceMembers, MembersOnTheDayAreQuiet) {
    EXPECT_TRUE(run_check(check_attendance_members, consistent_quarter()).empty());
}

}  // namespace
}  // namespace vincula::checks
