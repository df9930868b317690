#include <gtest/gtest.h>

#include "checks/convenio_test_data.h"

namespace vincula::checks {
namespace {

using namespace testing;
using domain::ConvenioStatus;

TEST(ConvenioProgressReach, ProgressTiedToNoActionIsMissingFromTheReport) {
    auto data = with_convenio(ConvenioStatus::InForce, std::nullopt);
    auto findings = run_check(check_convenio_progress_reach, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "avance_sin_accion");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].message,
              "El avance del convenio «Convenio de Apoyo y Colaboración con Alcaldía Xochimilco» "
              "(c-xoch-1) informado en la décima primera sesión ordinaria (miércoles 24 de "
              "noviembre de 2021) no está ligado a ninguna acción del Programa Anual de Trabajo "
              "2021: el informe no lo incluye. Elija en el avance la acción a la que corresponde.");
    EXPECT_EQ(findings[0].record, (RecordRef{"convenio_progress", "c-xoch-1/o11", "action"}));
}

TEST(ConvenioProgressReach, ProgressUnderAnotherYearsActionIsMissingToo) {
    auto data = with_convenio(ConvenioStatus::InForce, std::nullopt);
    data.convenio_progress.front().action = "pat-2020/1/A";
    auto findings = run_check(check_convenio_progress_reach, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "avance_en_otra_accion");
    EXPECT_NE(findings[0].message.find("ligado a la acción pat-2020/1/A, que no es del Programa "
                                       "Anual de Trabajo 2021"),
              std::string::npos)
        << findings[0].message;
}

TEST(ConvenioProgressReach, ProgressUnderAnActionOfTheReportIsQuiet) {
    auto data = with_convenio(ConvenioStatus::InForce, std::nullopt);
    data.convenio_progress.front().action = "pat-2021/1/A";
    EXPECT_TRUE(run_check(check_convenio_progress_reach, data).empty());
    // Outside the period: another report's business.
    data.convenio_progress.front().action.reset();
    data.convenio_progress.front().session = "o9";
    EXPECT_TRUE(run_check(check_convenio_progress_reach, data).empty());
}

TEST(FindingFixes, AMissingMinutaIsFixedByAddingItsAgreementToTheSession) {
    auto data = consistent_quarter();
    std::erase_if(data.agreements, [](const domain::Agreement& agreement) {
        return agreement.session == "o11" && agreement.kind == domain::AgreementKind::Minutes;
    });
    auto findings = run_check(check_minutes_approval, data);
    const auto* missing = find_rule(findings, "minuta_sin_aprobar");
    ASSERT_NE(missing, nullptr);
    ASSERT_TRUE(missing->fix.has_value());
    EXPECT_EQ(missing->fix->array, "agreements");
    auto values = missing->fix->values;
    EXPECT_NE(std::find(values.begin(), values.end(),
                        std::pair<std::string, std::string>{"session", "o11"}),
              values.end());
    EXPECT_NE(std::find(values.begin(), values.end(),
                        std::pair<std::string, std::string>{"kind", "minuta"}),
              values.end());
}

TEST(FindingFixes, AnActionWithNothingIsFixedByStatingWhyForItsPeriod) {
    auto data = consistent_quarter();
    data.no_activity.clear();
    auto findings = run_check(check_action_coverage, data);
    const auto* empty = find_rule(findings, "accion_sin_actividad");
    ASSERT_NE(empty, nullptr);
    ASSERT_TRUE(empty->fix.has_value());
    EXPECT_EQ(empty->fix->array, "no_activity");
    EXPECT_EQ(empty->fix->values,
              (std::vector<std::pair<std::string, std::string>>{
                  {"action", "pat-2021/1/B"}, {"from", "2021-10-01"}, {"to", "2021-12-31"}}));
}

}  // namespace
}  // namespace vincula::checks
