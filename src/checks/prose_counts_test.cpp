#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

const char* VOTO_CHILANGO_TEXT =
    "Durante el cuarto trimestre de 2021, mediante el correo de votochilango@iecm.mx, se enviaron "
    "seis correos a la base de datos de Voto Chilango con el fin de informar sobre los derechos "
    "político-electorales.";

domain::Dataset with_mailings(int count, const std::string& text) {
    auto data = consistent_quarter();
    domain::Network network;
    network.key = "vc";
    network.name = "Voto Chilango";
    data.networks.push_back(network);
    domain::Network other;
    other.key = "red-obs";
    other.name = "Red de Observación IECM";
    data.networks.push_back(other);
    for (int i = 0; i < count; ++i) {
        domain::Mailing mailing;
        mailing.network = "vc";
        mailing.date = day(2021, 10, 1).plus_days(i * 7);
        mailing.info = "Boletín";
        data.mailings.push_back(mailing);
    }
    // Mailings to another network, and to this one outside the period, do not count.
    domain::Mailing elsewhere;
    elsewhere.network = "red-obs";
    elsewhere.date = day(2021, 10, 8);
    elsewhere.info = "Invitación";
    data.mailings.push_back(elsewhere);
    domain::Mailing earlier = data.mailings.front();
    earlier.network = "vc";
    earlier.date = day(2021, 9, 3);
    data.mailings.push_back(earlier);
    domain::ActionText written;
    written.key = "t-vc";
    written.action = "pat-2021/1/A";
    written.from = day(2021, 10, 1);
    written.to = day(2021, 12, 31);
    written.text = text;
    data.action_texts.push_back(written);
    return data;
}

TEST(ProseCounts, ACountInWordsThatDisagreesWithTheRowsIsAnAviso) {
    auto findings = run_check(check_prose_counts, with_mailings(11, VOTO_CHILANGO_TEXT));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "cifra_en_texto");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              "El texto «Durante el cuarto trimestre de 2021, mediante el…» (t-vc) dice «seis "
              "correos», pero del viernes 1 de octubre al viernes 31 de diciembre de 2021 constan "
              "once envíos a la red «Voto Chilango».");
    EXPECT_EQ(findings[0].record, (RecordRef{"action_texts", "t-vc", "text"}));
}

TEST(ProseCounts, SaysSoWhenTheDataHoldsNone) {
    auto findings = run_check(check_prose_counts, with_mailings(0, VOTO_CHILANGO_TEXT));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("de 2021 no consta ningún envío a la red «Voto Chilango»."),
              std::string::npos)
        << findings[0].message;
}

TEST(ProseCounts, ACountThatAgreesIsQuiet) {
    EXPECT_TRUE(run_check(check_prose_counts, with_mailings(6, VOTO_CHILANGO_TEXT)).empty());
}

TEST(ProseCounts, DigitsAndOtherKindsOfRows) {
    auto data = with_mailings(0,
                              "Respecto a la atención de solicitudes de información del INE, "
                              "se realizaron 14 reportes. Se emitieron cinco opiniones de "
                              "pertinencia.");
    for (int week = 0; week < 13; ++week) {
        domain::SivopleReport report;
        report.date = day(2021, 10, 1).plus_days(week * 7);
        data.sivople_reports.push_back(report);
    }
    domain::PertinenceOpinion opinion;
    opinion.number = "IECM/UTVOE/OP29/2021";
    opinion.date = day(2021, 10, 15);
    opinion.instrument = "Convenio";
    data.pertinence_opinions.push_back(opinion);
    auto findings = run_check(check_prose_counts, data);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_NE(findings[0].message.find("dice «14 reportes», pero del viernes 1 de octubre al "
                                       "viernes 31 de diciembre de 2021 constan trece reportes "
                                       "SIVOPLE"),
              std::string::npos)
        << findings[0].message;
    EXPECT_NE(findings[1].message.find("dice «cinco opiniones», pero del viernes 1 de octubre al "
                                       "viernes 31 de diciembre de 2021 consta una opinión de "
                                       "pertinencia"),
              std::string::npos)
        << findings[1].message;
}

TEST(ProseCounts, WordsThatOnlyLookLikeCountsAreQuiet) {
    auto data = with_mailings(
        3,
        "Se elaboró una nota ejecutiva sobre las elecciones en Chile. El jueves 4 y el miércoles "
        "17 de noviembre de 2021 se llevaron a cabo la primera y segunda emisión. Se firmaron dos "
        "convenios. Se enviaron 11 correos electrónicos con información relevante. Se celebraron "
        "128 diputaciones.");
    // «11 correos» names no network: the data cannot say which mailings it counts.
    EXPECT_TRUE(run_check(check_prose_counts, data).empty());
}

TEST(ProseCounts, AOneDayActivityCountsOnlyWhenItSpeaksOfThePeriod) {
    auto data = with_mailings(11, "");
    data.action_texts.clear();
    auto& activity = data.activities[0];
    activity.description = "Se enviaron seis correos a la base de datos de Voto Chilango.";
    EXPECT_TRUE(run_check(check_prose_counts, data).empty());
    activity.description =
        "Durante el periodo reportado se enviaron seis correos a la base de Voto Chilango.";
    EXPECT_EQ(rules(run_check(check_prose_counts, data)),
              std::vector<std::string>{"cifra_en_texto"});
}

TEST(ProseCounts, AnActivitysTextAgainstItsOwnFigures) {
    auto data = consistent_quarter();
    auto& activity = data.activities[0];
    activity.description =
        "Se enviaron continuamente 50 noticias sobre temas de interés para la comunidad.";
    activity.counts = {{"noticias", 48}};
    auto findings = run_check(check_prose_counts, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].message,
              "La descripción de la actividad «Reunión de seguimiento» (a1) dice «50 noticias», "
              "pero sus cifras registran 48 noticias.");
    activity.counts = {{"noticias", 50}};
    EXPECT_TRUE(run_check(check_prose_counts, data).empty());
}

TEST(ProseCounts, ProgressOnConvenios) {
    auto data = with_mailings(0,
                              "Las áreas reportaron avances en 38 convenios durante el "
                              "trimestre.");
    domain::ConvenioProgress progress;
    progress.convenio = "c1";
    progress.session = "o10";
    data.convenio_progress.push_back(progress);
    progress.session = "o11";
    data.convenio_progress.push_back(progress);
    progress.convenio = "c2";
    data.convenio_progress.push_back(progress);
    auto findings = run_check(check_prose_counts, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("constan dos convenios con avances reportados"),
              std::string::npos)
        << findings[0].message;
}

}  // namespace
}  // namespace vincula::checks
