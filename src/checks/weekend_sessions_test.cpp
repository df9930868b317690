#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(WeekendSessions, AnOrdinarySessionOnASaturdayIsAnAviso) {
    auto data = consistent_quarter();
    data.sessions[1].date = day(2021, 10, 23);
    auto findings = run_check(check_weekend_sessions, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "sesion_ordinaria_en_fin_de_semana");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              "La décima sesión ordinaria está registrada el sábado 23 de octubre de 2021, en fin "
              "de semana; revise la fecha.");
}

TEST(WeekendSessions, WeekdaysExtraordinarySessionsAndOtherPeriodsAreQuiet) {
    auto data = consistent_quarter();
    data.sessions.push_back(
        session("e1", 1, day(2021, 10, 24), domain::SessionType::Extraordinary));
    data.sessions.push_back(session("o13", 13, day(2022, 1, 8)));
    EXPECT_TRUE(run_check(check_weekend_sessions, data).empty());
}

}  // namespace
}  // namespace vincula::checks
