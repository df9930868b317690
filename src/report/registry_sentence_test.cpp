#include "report/registry_sentence.h"

#include <gtest/gtest.h>

#include "domain/registry_test_data.h"
#include "report/assemble.h"
#include "report/prose.h"

namespace vincula::report {
namespace {

using common::Date;
using domain::ConvenioStatus;
using domain::Sector;
using domain::testing::signed_with;

// A commission's first quarter of 2024 with a programme of two actions, one
// that follows convenios; the old register's figure at the end of 2023
// («22 convenios: 18 con instituciones académicas, dos con organismos
// electorales y dos con alcaldías») and two convenios signed since.
domain::Dataset quarter_with_register() {
    auto data = domain::testing::register_at_end_of_2023();
    data.institution = domain::Institution{"Instituto Electoral de la Ciudad de México", "IECM"};
    domain::Commission commission;
    commission.key = "CVOE";
    commission.acronym = "CVOE";
    commission.name = "Comisión Permanente de Vinculación con Organismos Externos";
    data.commissions.push_back(commission);
    domain::WorkProgramme programme;
    programme.key = "pat-2024";
    programme.commission = "CVOE";
    programme.year = 2024;
    domain::ProgrammeLine line;
    line.number = 2;
    line.title = "Suscripción de convenios";
    line.actions = {{"A", "Reuniones con la red de enlaces."},
                    {"B", "Dar seguimiento a los convenios suscritos."}};
    programme.lines.push_back(line);
    data.work_programmes.push_back(programme);
    data.convenios = {signed_with("c-unam-2024", "unam", Date::from_ymd(2024, 2, 5)),
                      signed_with("c-xoch-2024", "alc-xoch", Date::from_ymd(2024, 3, 1),
                                  ConvenioStatus::Concluded)};
    return data;
}

const Date END_OF_MARCH = Date::from_ymd(2024, 3, 31);

TEST(RegistrySentence, PrintsTheStatedFiguresAndTheRecordsFromData) {
    EXPECT_EQ(registry_sentence(quarter_with_register(), "IECM", END_OF_MARCH),
              "De 2019 al 31 de marzo de 2024, el IECM ha suscrito un total de 24 instrumentos "
              "jurídicos, de los cuales 13 han concluido y 11 se encuentran vigentes. De ellos, 19 "
              "se suscribieron con instituciones académicas, dos con organismos electorales y "
              "tres con alcaldías.");
}

// The demo's baseline states only signed and in force: the sentence is the
// one the report always printed.
TEST(RegistrySentence, WithoutConcludedOrBreakdownItIsTheShortSentence) {
    auto data = quarter_with_register();
    data.convenio_baselines[0].concluded_count.reset();
    data.convenio_baselines[0].by_sector.clear();
    EXPECT_EQ(registry_sentence(data, "IECM", END_OF_MARCH),
              "De 2019 al 31 de marzo de 2024, el IECM ha suscrito un total de 24 instrumentos "
              "jurídicos, de los cuales 11 se encuentran vigentes.");
}

TEST(RegistrySentence, SmallCountsAreWordsAndOneIsSingular) {
    auto data = quarter_with_register();
    data.convenio_baselines.clear();
    EXPECT_EQ(registry_sentence(data, "IECM", END_OF_MARCH),
              "Al 31 de marzo de 2024, el IECM ha suscrito un total de dos instrumentos jurídicos, "
              "de los cuales uno se encuentra vigente.");
    data.convenios.pop_back();
    EXPECT_EQ(registry_sentence(data, "IECM", END_OF_MARCH),
              "Al 31 de marzo de 2024, el IECM ha suscrito un instrumento jurídico, que se "
              "encuentra vigente.");
    data.convenios.clear();
    EXPECT_EQ(registry_sentence(data, "IECM", END_OF_MARCH), "");
}

TEST(RegistrySentence, ASectorWithOneInstrumentTakesItsArticle) {
    auto data = quarter_with_register();
    auto& baseline = data.convenio_baselines[0];
    baseline.by_sector = {{Sector::Academic, 21}, {Sector::Electoral, 1}};
    data.convenios.pop_back();
    EXPECT_NE(registry_sentence(data, "IECM", END_OF_MARCH)
                  .find("De ellos, 22 se suscribieron con instituciones académicas y uno con un "
                        "organismo electoral."),
              std::string::npos);
}

// Every paragraph of a section and the sections under it, as plain text.
void collect(const Section& section, std::string& text) {
    for (const auto& block : section.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            text += plain_text(paragraph->text) + "\n";
        }
    }
    for (const auto& inner : section.sections) {
        collect(inner, text);
    }
}

std::string results_text(const domain::Dataset& data) {
    auto model = assemble_report(data, "CVOE", *domain::Period::quarter("2024-Q1"));
    EXPECT_TRUE(model) << model.error().front().message;
    std::string text;
    for (const auto& section : model->sections) {
        if (section.anchor == "resultados") {
            collect(section, text);
        }
    }
    return text;
}

// No convenio reported progress in the quarter: the figures still print,
// once, under the action that follows convenios, and the action still says
// it had no activity.
TEST(RegistrySentence, AQuarterWithoutProgressStillPrintsTheFigures) {
    auto text = results_text(quarter_with_register());
    auto sentence = text.find("De 2019 al 31 de marzo de 2024, el IECM ha suscrito un total de 24");
    ASSERT_NE(sentence, std::string::npos) << text;
    EXPECT_EQ(text.find("ha suscrito", text.find("ha suscrito") + 1), std::string::npos) << text;
    EXPECT_NE(text.find("No se reportan actividades en el periodo que se informa.", sentence),
              std::string::npos)
        << text;
}

}  // namespace
}  // namespace vincula::report
