#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

domain::Document report(std::optional<common::Date> date) {
    domain::Document document;
    document.key = "ae-1";
    document.title = "Primer informe sobre la construcción del Análisis y Evaluación";
    document.presented_in = {"o10"};
    document.date = date;
    return document;
}

TEST(DocumentDates, ADateWithoutASessionThatDayIsAnAviso) {
    // The seed: presented in the tenth session (21 October), dated 22 October.
    auto data = consistent_quarter();
    data.documents.push_back(report(day(2021, 10, 22)));
    auto findings = run_check(check_document_dates, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "documento_fecha_sin_sesion");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(
        findings[0].message,
        "El documento «Primer informe sobre la construcción del Análisis y Evaluación» (ae-1) "
        "tiene fecha del viernes 22 de octubre de 2021, pero ese día la comisión no sesionó: "
        "se presentó en la décima sesión ordinaria (jueves 21 de octubre de 2021). El informe "
        "daría como fecha de presentación un día sin sesión.");
    EXPECT_EQ(findings[0].record, (RecordRef{"documents", "ae-1", "date"}));
}

TEST(DocumentDates, TheSessionsDateOrNoDateIsQuiet) {
    auto data = consistent_quarter();
    data.documents.push_back(report(day(2021, 10, 21)));
    auto undated = report(std::nullopt);
    undated.key = "ae-2";
    data.documents.push_back(undated);
    EXPECT_TRUE(run_check(check_document_dates, data).empty());
}

}  // namespace
}  // namespace vincula::checks
