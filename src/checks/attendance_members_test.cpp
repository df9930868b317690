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

TEST(AttendanceMembers, MembersOnTheDayAreQuiet) {
    EXPECT_TRUE(run_check(check_attendance_members, consistent_quarter()).empty());
}

}  // namespace
}  // namespace vincula::checks
