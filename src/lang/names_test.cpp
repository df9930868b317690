#include "lang/names.h"

#include <gtest/gtest.h>

namespace vincula::lang {
namespace {

TEST(AfterPreposition, ContractsTheMasculineArticleOnly) {
    EXPECT_EQ(after_preposition("de", "el secretario técnico"), "del secretario técnico");
    EXPECT_EQ(after_preposition("a", "el consejero"), "al consejero");
    EXPECT_EQ(after_preposition("de", "la maestra Norma"), "de la maestra Norma");
    EXPECT_EQ(after_preposition("de", "Bernardo Núñez Yedra"), "de Bernardo Núñez Yedra");
    // A name that carries its article keeps it as written.
    EXPECT_EQ(after_preposition("de", "El Colegio de México"), "de El Colegio de México");
    EXPECT_EQ(after_preposition("con", "el Instituto"), "con el Instituto");
}

TEST(SurnamesOf, KeepsTheParticlesOfEachSurname) {
    EXPECT_EQ(surnames_of("Bernardo Núñez Yedra"), "Núñez Yedra");
    EXPECT_EQ(surnames_of("Norma De la Cruz Magaña"), "De la Cruz Magaña");
    EXPECT_EQ(surnames_of("María Luisa Ortiz de la Torre"), "Ortiz de la Torre");
    EXPECT_EQ(surnames_of("José del Valle Pérez"), "del Valle Pérez");
    EXPECT_EQ(surnames_of("Mauricio Huesca"), "Huesca");
    EXPECT_EQ(surnames_of("  Erika   Estrada Ruiz "), "Estrada Ruiz");
    EXPECT_EQ(surnames_of("Sonia"), "Sonia");
}

TEST(DefiniteArticleFor, FollowsTheFirstNoun) {
    EXPECT_EQ(definite_article_for("Instituto Nacional Electoral"), "el");
    EXPECT_EQ(definite_article_for("Tribunal Electoral de la Ciudad de México"), "el");
    EXPECT_EQ(definite_article_for("Universidad Nacional Autónoma de México"), "la");
    EXPECT_EQ(definite_article_for("Secretaría de Educación Pública"), "la");
    EXPECT_EQ(definite_article_for("Comisión Nacional de los Derechos Humanos"), "la");
    EXPECT_EQ(definite_article_for("Corte Interamericana de Derechos Humanos"), "la");
    EXPECT_EQ(definite_article_for("Sistema de Transporte Colectivo"), "el");
    EXPECT_EQ(definite_article_for("Estados Unidos Mexicanos"), "los");
    EXPECT_EQ(definite_article_for("Naciones Unidas"), "las");
    EXPECT_EQ(definite_article_for("El Colegio de México"), "");
    EXPECT_EQ(definite_article_for("UNAM"), "");
    EXPECT_EQ(with_article("el", "Instituto Nacional Electoral"),
              "el Instituto Nacional Electoral");
    EXPECT_EQ(with_article("", "El Colegio de México"), "El Colegio de México");
}

}  // namespace
}  // namespace vincula::lang
