#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(MinutesApproval, ASessionWithoutApprovingThePreviousMinutesIsAnError) {
    auto data = consistent_quarter();
    std::erase_if(data.agreements, [](const auto& a) { return a.code == "CVOE/039/21"; });
    auto findings = run_check(check_minutes_approval, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "minuta_sin_aprobar");
    EXPECT_EQ(findings[0].message,
              "En la décima primera sesión ordinaria (miércoles 24 de noviembre de 2021) no consta "
              "la aprobación de la minuta de la décima sesión ordinaria: la sesión no tiene ningún "
              "acuerdo aprobado de tipo «minuta».");
    EXPECT_EQ(findings[0].record, (RecordRef{"sessions", "o11", ""}));
}

TEST(MinutesApproval, ARejectedMinutesAgreementDoesNotApproveThem) {
    auto data = consistent_quarter();
    for (auto& a : data.agreements) {
        if (a.code == "CVOE/037/21") {
            a.result = domain::AgreementResult::Rejected;
        }
    }
    EXPECT_EQ(rules(run_check(check_minutes_approval, data)),
              std::vector<std::string>{"minuta_sin_aprobar"});
}

TEST(MinutesApproval, ATitleNamingAnotherSessionIsAnAviso) {
    auto data = consistent_quarter();
    for (auto& a : data.agreements) {
        if (a.code == "CVOE/041/21") {
            // The twelfth approves the eleventh's minutes, not the first's:
            // «décima primera» must not be read as «primera».
            a.title = "Aprobación de la minuta de la primera sesión ordinaria de 2021";
        }
    }
    auto findings = run_check(check_minutes_approval, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "minuta_de_otra_sesion");
    EXPECT_EQ(findings[0].message,
              "El acuerdo CVOE/041/21, de la décima segunda sesión ordinaria, aprueba según su "
              "título la minuta de la primera sesión ordinaria, pero la sesión anterior es la "
              "décima primera sesión ordinaria.");
}

TEST(MinutesApproval, TheChainOfTheSeedIsQuiet) {
    // consistent_quarter() titles name «décima primera» for the twelfth.
    EXPECT_TRUE(run_check(check_minutes_approval, consistent_quarter()).empty());
}

TEST(MinutesApproval, ExtraordinarySessionsAndTheFirstSessionOnRecordAreNotAsked) {
    auto data = consistent_quarter();
    data.sessions.push_back(session("e3", 3, day(2021, 11, 2), domain::SessionType::Extraordinary));
    EXPECT_TRUE(run_check(check_minutes_approval, data).empty());
    domain::Dataset first;
    first.commissions = data.commissions;
    first.sessions.push_back(session("o1", 1, day(2021, 10, 5)));
    EXPECT_TRUE(run_check(check_minutes_approval, first).empty());
}

}  // namespace
}  // namespace vincula::checks
