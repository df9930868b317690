#include "report/people_words.h"

#include <gtest/gtest.h>

namespace vincula::report {
namespace {

using domain::Gender;

domain::Person person(std::string name, Gender gender, std::optional<std::string> honorific = {}) {
    domain::Person made;
    made.key = "p";
    made.name = std::move(name);
    made.gender = gender;
    made.honorific = std::move(honorific);
    return made;
}

TEST(PeopleWords, AGroupOfOneGenderKeepsItsOrder) {
    auto a = person("Erika Estrada Ruiz", Gender::Female);
    auto b = person("Sonia Pérez Pérez", Gender::Female);
    EXPECT_EQ(councillors({&a, &b}),
              "las consejeras electorales Erika Estrada Ruiz y Sonia Pérez Pérez");
    auto c = person("Ernesto Ramos Mega", Gender::Male);
    auto d = person("Bernardo Valle Monroy", Gender::Male);
    EXPECT_EQ(councillors({&c, &d}),
              "los consejeros electorales Ernesto Ramos Mega y Bernardo Valle Monroy");
    EXPECT_EQ(councillors({&c}), "el consejero electoral Ernesto Ramos Mega");
}

TEST(PeopleWords, AMixedGroupIsSaidGenderByGender) {
    auto sonia = person("Sonia Pérez Pérez", Gender::Female);
    auto ernesto = person("Ernesto Ramos Mega", Gender::Male);
    auto erika = person("Erika Estrada Ruiz", Gender::Female);
    EXPECT_EQ(councillors({&sonia, &ernesto, &erika}),
              "las consejeras electorales Sonia Pérez Pérez y Erika Estrada Ruiz, y el consejero "
              "electoral Ernesto Ramos Mega");
    EXPECT_EQ(councillors({&ernesto, &erika}),
              "la consejera electoral Erika Estrada Ruiz y el consejero electoral Ernesto Ramos "
              "Mega");
    auto alex = person("Alex Romero Díaz", Gender::NonBinary);
    EXPECT_EQ(councillors({&alex}), "la persona consejera electoral Alex Romero Díaz");
}

TEST(PeopleWords, AnHonorificIsOptionalAndSurnamesKeepTheirParticles) {
    auto cecilia = person("Cecilia Aída Hernández Cruz", Gender::Female, "maestra");
    EXPECT_EQ(person_phrase(cecilia), "la maestra Cecilia Aída Hernández Cruz");
    EXPECT_EQ(short_person_phrase(cecilia), "la maestra Hernández Cruz");
    auto bernardo = person("Bernardo Núñez Yedra", Gender::Male);
    EXPECT_EQ(person_phrase(bernardo), "Bernardo Núñez Yedra");
    auto norma = person("Norma De la Cruz Magaña", Gender::Female);
    EXPECT_EQ(surnames(norma), "De la Cruz Magaña");
    auto recorded = person("María José Ortiz", Gender::Female);
    recorded.surnames = "Ortiz";
    EXPECT_EQ(surnames(recorded), "Ortiz");
}

}  // namespace
}  // namespace vincula::report
