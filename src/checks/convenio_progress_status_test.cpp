#include <gtest/gtest.h>

#include "checks/convenio_test_data.h"

namespace vincula::checks {
namespace {

using namespace testing;
using domain::ConvenioStatus;

TEST(ConvenioProgressStatus, ProgressAfterTheEndOfValidityIsAnError) {
    // Reported in the eleventh session (24 November), ended on 31 October.
    auto data = with_convenio(ConvenioStatus::Concluded, day(2021, 10, 31));
    auto findings = run_check(check_convenio_progress_status, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "avance_convenio_no_vigente");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].message,
              "En la décima primera sesión ordinaria (miércoles 24 de noviembre de 2021) se "
              "reportó un avance del convenio «Convenio de Apoyo y Colaboración con Alcaldía "
              "Xochimilco» (c-xoch-1), que ese día no estaba vigente: su vigencia terminó el "
              "domingo 31 de octubre de 2021.");
    EXPECT_EQ(findings[0].record, (RecordRef{"convenio_progress", "c-xoch-1/o11", "convenio"}));
}

TEST(ConvenioProgressStatus, ProgressOnACancelledConvenioIsAnError) {
    auto data = with_convenio(ConvenioStatus::Cancelled, std::nullopt);
    EXPECT_EQ(rules(run_check(check_convenio_progress_status, data)),
              std::vector<std::string>{"avance_convenio_no_vigente"});
}

TEST(ConvenioProgressStatus, ProgressOnAConvenioInNegotiationIsAnAviso) {
    auto data = with_convenio(ConvenioStatus::InNegotiation, std::nullopt);
    auto findings = run_check(check_convenio_progress_status, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "avance_convenio_en_negociacion");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_NE(findings[0].message.find("que aún está en negociación: sin firma no hay compromisos"),
              std::string::npos)
        << findings[0].message;
}

TEST(ConvenioProgressStatus, ProgressOnAConvenioInForceIsQuiet) {
    EXPECT_TRUE(run_check(check_convenio_progress_status,
                          with_convenio(ConvenioStatus::InForce, std::nullopt))
                    .empty());
    // Concluded now, but in force on the day it was reported.
    EXPECT_TRUE(run_check(check_convenio_progress_status,
                          with_convenio(ConvenioStatus::Concluded, day(2021, 12, 1)))
                    .empty());
}

}  // namespace
}  // namespace vincula::checks
