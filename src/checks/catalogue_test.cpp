#include "checks/catalogue.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace vincula::checks {
namespace {

TEST(Catalogue, FillsTheSentenceAndKnowsTheRuleAndSeverity) {
    auto finding =
        make_finding("acuerdos_faltantes/n", RecordRef{"agreements", "CVOE/036/21", "code"},
                     {"CVOE/026/21 a CVOE/035/21", "la numeración salta"});
    EXPECT_EQ(finding.rule, "acuerdos_faltantes");
    EXPECT_EQ(finding.severity, Severity::Error);
    EXPECT_EQ(finding.message,
              "Faltan los acuerdos CVOE/026/21 a CVOE/035/21: la numeración salta, y ese hueco cae "
              "dentro del periodo.");
    EXPECT_EQ(finding.record.key, "CVOE/036/21");
}

TEST(Catalogue, OneRuleHasOneSeverityWhateverItsGrammaticalForm) {
    for (auto rule : {"acuerdos_faltantes", "acuerdos_faltantes_posibles", "sesiones_faltantes",
                      "sesiones_faltantes_posibles"}) {
        EXPECT_EQ(severity_of(by_number(rule, 1)), severity_of(by_number(rule, 5))) << rule;
        EXPECT_EQ(rule_of(by_number(rule, 1)), rule);
    }
    EXPECT_EQ(severity_of("acuerdos_faltantes/1"), Severity::Error);
    EXPECT_EQ(severity_of("acuerdos_faltantes_posibles/1"), Severity::Warning);
}

TEST(Catalogue, AnUnknownIdIsAProgrammingError) {
    EXPECT_FALSE(has_sentence("no_existe"));
    EXPECT_THROW(sentence("no_existe"), std::logic_error);
}

TEST(Severity, HasItsSpanishWord) {
    EXPECT_EQ(severity_word(Severity::Error), "error");
    EXPECT_EQ(severity_word(Severity::Warning), "aviso");
}

}  // namespace
}  // namespace vincula::checks
