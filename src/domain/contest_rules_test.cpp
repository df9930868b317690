#include <gtest/gtest.h>

#include "domain/editing.h"

namespace vincula::domain {
namespace {

Dataset judged_contest() {
    Dataset data;
    Contest contest;
    contest.key = "vff5";
    contest.name = "Vota Film Fest";
    contest.registration_open = *common::Date::parse_iso("2026-08-20");
    contest.registration_close = *common::Date::parse_iso("2026-11-30");
    contest.categories = {{"jov", "De 18 a 29 años", 18, 29}};
    data.contests = {contest};
    data.jurors = {{"j1", "vff5", "Primera"}, {"j2", "vff5", "Segundo"}};
    data.rubric = {{"vff5", "Creatividad", 0.6}, {"vff5", "Mensaje", 0.4}};
    Registration entry;
    entry.key = "vff5-0001";
    entry.contest = "vff5";
    entry.name = "Ana";
    entry.birth_date = *common::Date::parse_iso("2000-01-01");
    entry.status = RegistrationStatus::Validated;
    entry.jurors = {"j1"};
    data.registrations = {entry};
    return data;
}

std::vector<std::string> rules_of(const common::FieldErrors& errors) {
    std::vector<std::string> rules;
    for (const auto& error : errors) {
        rules.push_back(error.rule);
    }
    return rules;
}

Dataset scores(std::vector<Score> given) {
    Dataset incoming;
    incoming.scores = std::move(given);
    return incoming;
}

TEST(ContestRules, AnAssignedJurorScoresTheRubricsCriteriaFromZeroToTen) {
    auto stored = judged_contest();
    EXPECT_TRUE(problems_of_new_record(stored, scores({{"j1", "vff5-0001", "Creatividad", 8.5},
                                                       {"j1", "vff5-0001", "Mensaje", 10}}))
                    .empty());
}

TEST(ContestRules, ScoresOutsideTheScaleTheRubricOrTheAssignmentAreRefused) {
    auto stored = judged_contest();
    EXPECT_EQ(
        rules_of(problems_of_new_record(stored, scores({{"j1", "vff5-0001", "Creatividad", 11}}))),
        std::vector<std::string>{"rango_numero"});
    EXPECT_EQ(rules_of(problems_of_new_record(stored, scores({{"j1", "vff5-0001", "Sonido", 7}}))),
              std::vector<std::string>{"criterio_rubrica"});
    EXPECT_EQ(rules_of(problems_of_new_record(stored, scores({{"j2", "vff5-0001", "Mensaje", 7}}))),
              std::vector<std::string>{"obra_no_asignada"});
    EXPECT_EQ(rules_of(problems_of_new_record(stored, scores({{"j1", "vff5-0001", "Mensaje", 7},
                                                              {"j1", "vff5-0001", "Mensaje", 8}}))),
              std::vector<std::string>{"calificacion_unica"});
}

TEST(ContestRules, AWorkNotYetValidatedCannotBeScored) {
    auto stored = judged_contest();
    stored.registrations.front().status = RegistrationStatus::Registered;
    EXPECT_EQ(rules_of(problems_of_new_record(stored, scores({{"j1", "vff5-0001", "Mensaje", 7}}))),
              std::vector<std::string>{"obra_no_validada"});
}

}  // namespace
}  // namespace vincula::domain
