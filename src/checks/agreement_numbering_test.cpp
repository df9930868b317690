#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

void remove_agreement(domain::Dataset& data, const std::string& code) {
    std::erase_if(data.agreements, [&](const auto& agreement) { return agreement.code == code; });
}

TEST(AgreementNumbering, AGapBetweenTwoAgreementsOfThePeriodIsAnError) {
    auto data = consistent_quarter();
    remove_agreement(data, "CVOE/038/21");
    remove_agreement(data, "CVOE/039/21");
    auto findings = run_check(check_agreement_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "acuerdos_faltantes");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(
        findings[0].message,
        "Faltan los acuerdos CVOE/038/21 y CVOE/039/21: la numeración salta del CVOE/037/21 "
        "(décima sesión ordinaria, jueves 21 de octubre de 2021) al CVOE/040/21 (décima "
        "segunda sesión ordinaria, lunes 13 de diciembre de 2021), y ese hueco cae dentro del "
        "periodo.");
    EXPECT_EQ(findings[0].record, (RecordRef{"agreements", "CVOE/040/21", "code"}));
}

TEST(AgreementNumbering, AGapThatMayLieBeforeThePeriodIsAnAvisoThatSaysWhatIsMissing) {
    auto data = consistent_quarter();
    remove_agreement(data, "CVOE/034/21");
    remove_agreement(data, "CVOE/035/21");
    data.sessions.push_back(session("e1", 1, day(2021, 8, 19), domain::SessionType::Extraordinary));
    data.agreements.push_back(agreement("CVOE/025/21", "e1", domain::AgreementKind::Other));
    auto findings = run_check(check_agreement_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "acuerdos_faltantes_posibles");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              "No constan los acuerdos CVOE/026/21 a CVOE/035/21: la numeración salta del "
              "CVOE/025/21 (primera sesión extraordinaria, jueves 19 de agosto de 2021) al "
              "CVOE/036/21 (décima sesión ordinaria, jueves 21 de octubre de 2021). Si alguno es "
              "de este periodo, falta registrarlo.");
}

TEST(AgreementNumbering, ABundleOfOneQuarterSaysWhatPrecedesItOnce) {
    auto data = consistent_quarter();
    remove_agreement(data, "CVOE/034/21");
    remove_agreement(data, "CVOE/035/21");
    auto findings = run_check(check_agreement_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("No constan los acuerdos CVOE/001/21 a CVOE/035/21: el "
                                       "primero registrado de 2021 es el CVOE/036/21"),
              std::string::npos)
        << findings[0].message;
}

TEST(AgreementNumbering, GapsWhollyOutsideThePeriodAreNotReported) {
    // consistent_quarter() starts at CVOE/034/21 on 28 September: 1…33 are
    // missing, but all before the fourth quarter.
    EXPECT_TRUE(run_check(check_agreement_numbering, consistent_quarter()).empty());
}

TEST(AgreementNumbering, ARepeatedCodeIsAnError) {
    auto data = consistent_quarter();
    data.agreements.push_back(agreement("CVOE/037/21", "o11", domain::AgreementKind::Other));
    auto findings = run_check(check_agreement_numbering, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "acuerdo_duplicado");
    EXPECT_EQ(findings[0].message,
              "El código CVOE/037/21 está registrado dos veces; cada acuerdo lleva un número "
              "propio dentro del año.");
}

TEST(AgreementNumbering, AnotherCommissionsAgreementsAreNotCounted) {
    auto data = consistent_quarter();
    data.agreements.push_back(agreement("CEC/050/21", "o11", domain::AgreementKind::Other));
    EXPECT_TRUE(run_check(check_agreement_numbering, data).empty());
}

}  // namespace
}  // namespace vincula::checks
