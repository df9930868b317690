#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(ActionCoverage, AnActionWithNothingAndNoReasonIsAnError) {
    auto data = consistent_quarter();
    data.no_activity.clear();
    auto findings = run_check(check_action_coverage, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "accion_sin_actividad");
    EXPECT_EQ(findings[0].message,
              "La acción 1 B) del Programa Anual de Trabajo 2021 («Las reuniones con la red.») no "
              "tiene en el periodo actividades, documentos ni otros registros, ni una declaración "
              "sin actividad que lo cubra: su apartado del informe quedaría vacío.");
    EXPECT_EQ(findings[0].record,
              (RecordRef{"work_programmes", "pat-2021", "lines[0].actions[1]"}));
}

TEST(ActionCoverage, AReasonThatCoversPartOfThePeriodIsNotEnough) {
    auto data = consistent_quarter();
    data.no_activity[0].to = day(2021, 11, 30);
    auto findings = run_check(check_action_coverage, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("que lo cubra completo (la declaración registrada cubre "
                                       "solo del viernes 1 de octubre al martes 30 de noviembre "
                                       "de 2021)"),
              std::string::npos)
        << findings[0].message;
}

TEST(ActionCoverage, ReasonsThatTogetherCoverThePeriodAreEnough) {
    auto data = consistent_quarter();
    data.no_activity[0].to = day(2021, 11, 30);
    auto december = data.no_activity[0];
    december.from = day(2021, 12, 1);
    december.to = day(2021, 12, 31);
    data.no_activity.push_back(december);
    EXPECT_TRUE(run_check(check_action_coverage, data).empty());
}

TEST(ActionCoverage, AnyRecordThatRefersToTheActionInThePeriodCounts) {
    auto data = consistent_quarter();
    data.no_activity.clear();
    domain::Document document;
    document.key = "d1";
    document.title = "Informe";
    document.action = "pat-2021/1/B";
    document.presented_in = {"o12"};
    data.documents.push_back(document);
    EXPECT_TRUE(run_check(check_action_coverage, data).empty());

    data.documents.clear();
    domain::Mailing mailing;
    mailing.network = "red";
    mailing.date = day(2021, 11, 3);
    mailing.info = "Invitación";
    mailing.action = "pat-2021/1/B";
    data.mailings.push_back(mailing);
    EXPECT_TRUE(run_check(check_action_coverage, data).empty());

    data.mailings.clear();
    domain::ActionText text;
    text.key = "t1";
    text.action = "pat-2021/1/B";
    text.from = day(2021, 10, 1);
    text.to = day(2021, 12, 31);
    text.text = "Durante el periodo se realizaron diversas gestiones.";
    data.action_texts.push_back(text);
    EXPECT_TRUE(run_check(check_action_coverage, data).empty());
}

TEST(ActionCoverage, RecordsOfOtherDaysDoNotCount) {
    auto data = consistent_quarter();
    data.no_activity.clear();
    domain::SivopleReport report;
    report.date = day(2021, 9, 24);
    report.action = "pat-2021/1/B";
    data.sivople_reports.push_back(report);
    domain::Document quarterly;
    quarterly.key = "t3";
    quarterly.title = "Tercer informe trimestral";
    quarterly.action = "pat-2021/1/B";
    quarterly.covers_from = day(2021, 7, 1);
    quarterly.covers_to = day(2021, 9, 30);
    data.documents.push_back(quarterly);
    EXPECT_EQ(rules(run_check(check_action_coverage, data)),
              std::vector<std::string>{"accion_sin_actividad"});
    // In the third quarter the report covers 1 B); only 1 A), whose activity
    // is in October, is empty.
    auto third = run_check(check_action_coverage, data, domain::Period::quarter("2021-Q3").value());
    ASSERT_EQ(third.size(), 1u);
    EXPECT_EQ(third[0].record.field, "lines[0].actions[0]");
}

}  // namespace
}  // namespace vincula::checks
