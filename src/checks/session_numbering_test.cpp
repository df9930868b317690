#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

void remove_session(domain::Dataset& data, const std::string& key) {
    std::erase_if(data.sessions, [&](const auto& session) { return session.key == key; });
}

TEST(SessionNumbering, AMissingSessionBetweenTwoOfThePeriodIsAnError) {
    auto data = consistent_quarter();
    remove_session(data, "o11");
    auto findings = run_check(check_session_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "sesiones_faltantes");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].message,
              "Falta la décima primera sesión ordinaria de 2021: la numeración salta de la décima "
              "(jueves 21 de octubre de 2021) a la décima segunda (lunes 13 de diciembre de 2021), "
              "y ese hueco cae dentro del periodo.");
    EXPECT_EQ(findings[0].record, (RecordRef{"sessions", "o12", "number"}));
}

TEST(SessionNumbering, SessionsThatMayPrecedeThePeriodAreAnAviso) {
    auto data = consistent_quarter();
    remove_session(data, "o9");
    auto findings = run_check(check_session_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "sesiones_faltantes_posibles");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              "No constan las sesiones ordinarias primera a novena de 2021: la primera registrada "
              "de 2021 es la décima (jueves 21 de octubre de 2021). Si alguna es de este periodo, "
              "falta registrarla.");
}

TEST(SessionNumbering, EachTypeIsNumberedOnItsOwn) {
    auto data = consistent_quarter();
    data.sessions.push_back(session("e1", 1, day(2021, 11, 2), domain::SessionType::Extraordinary));
    data.sessions.push_back(
        session("e2", 2, day(2021, 11, 30), domain::SessionType::Extraordinary));
    EXPECT_TRUE(run_check(check_session_numbering, data).empty());
}

TEST(SessionNumbering, ARepeatedNumberIsAnError) {
    auto data = consistent_quarter();
    data.sessions.push_back(session("o11-bis", 11, day(2021, 11, 25)));
    auto findings = run_check(check_session_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "sesion_duplicada");
    EXPECT_EQ(findings[0].message,
              "La décima primera sesión ordinaria de 2021 está registrada dos veces (o11 y "
              "o11-bis).");
}

}  // namespace
}  // namespace vincula::checks
