#include "domain/contest_entry.h"

#include <gtest/gtest.h>

#include "domain/contest_ranking.h"

namespace vincula::domain {
namespace {

using common::Date;
using common::LocalMoment;
using common::TimeOfDay;

Contest film_fest() {
    Contest contest;
    contest.key = "vff5";
    contest.name = "Vota Film Fest";
    contest.registration_open = *Date::parse_iso("2026-08-20");
    contest.registration_close = *Date::parse_iso("2026-11-30");
    contest.registration_close_time = TimeOfDay::from_hm(18, 0);
    contest.categories = {{"ado", "De 12 a 17 años", 12, 17}, {"jov", "De 18 a 29 años", 18, 29}};
    return contest;
}

Registration adult_entry() {
    Registration entry;
    entry.name = "Ana López";
    entry.email = "ana@example.org";
    entry.birth_date = *Date::parse_iso("2000-03-01");
    entry.privacy_accepted = true;
    entry.work = Work{};
    entry.work->title = "Mi voto cuenta";
    entry.work->link = "https://video.example/mi-voto";
    return entry;
}

LocalMoment at(const char* date, int hour, int minute) {
    return {*Date::parse_iso(date), TimeOfDay::from_hm(hour, minute)};
}

std::vector<std::string> rules_of(const common::FieldErrors& errors) {
    std::vector<std::string> rules;
    for (const auto& error : errors) {
        rules.push_back(error.field + ":" + error.rule);
    }
    return rules;
}

TEST(ContestEntry, AnAdultEntryWithALinkInsideTheWindowIsAccepted) {
    EXPECT_TRUE(entry_errors(film_fest(), adult_entry(), at("2026-11-25", 10, 0)).empty());
}

TEST(ContestEntry, RegistrationClosesAtTheConfiguredMinuteInMexicoCity) {
    auto contest = film_fest();
    EXPECT_TRUE(entry_errors(contest, adult_entry(), at("2026-11-30", 18, 0)).empty());
    auto late = entry_errors(contest, adult_entry(), at("2026-11-30", 18, 1));
    ASSERT_EQ(rules_of(late), std::vector<std::string>{"contest:inscripcion_cerrada"});
    EXPECT_NE(late.front().message.find("30"), std::string::npos);
    EXPECT_NE(late.front().message.find("18:00"), std::string::npos);
    EXPECT_EQ(rules_of(entry_errors(contest, adult_entry(), at("2026-08-19", 12, 0))),
              std::vector<std::string>{"contest:inscripcion_no_abierta"});
}

TEST(ContestEntry, AnAgeNoCategoryTakesIsRefusedNamingTheBounds) {
    auto entry = adult_entry();
    entry.birth_date = *Date::parse_iso("1990-01-01");  // 36 at the close
    auto errors = entry_errors(film_fest(), entry, at("2026-11-25", 10, 0));
    ASSERT_EQ(rules_of(errors), std::vector<std::string>{"birth_date:edad_categoria"});
    EXPECT_NE(errors.front().message.find("36 años"), std::string::npos);
    EXPECT_NE(errors.front().message.find("de 12 a 17 años y de 18 a 29 años"), std::string::npos);
}

TEST(ContestEntry, AMinorNeedsTheGuardiansNameAndConsent) {
    auto entry = adult_entry();
    entry.birth_date = *Date::parse_iso("2011-06-01");  // 15
    EXPECT_EQ(rules_of(entry_errors(film_fest(), entry, at("2026-11-25", 10, 0))),
              (std::vector<std::string>{"guardian_name:tutor_menor",
                                        "guardian_consent:consentimiento_tutor"}));
    entry.guardian_name = "Rosa Martínez";
    entry.guardian_consent = true;
    EXPECT_TRUE(entry_errors(film_fest(), entry, at("2026-11-25", 10, 0)).empty());
}

TEST(ContestEntry, SeventeenTodayButEighteenAtTheCloseStillNeedsTheGuardian) {
    auto entry = adult_entry();
    entry.birth_date = *Date::parse_iso("2008-11-28");
    auto errors = entry_errors(film_fest(), entry, at("2026-11-25", 10, 0));
    EXPECT_EQ(category_of(film_fest(), entry)->key, "jov");
    EXPECT_EQ(rules_of(errors),
              (std::vector<std::string>{"guardian_name:tutor_menor",
                                        "guardian_consent:consentimiento_tutor"}));
}

TEST(ContestEntry, StateWorkAndPrivacyNoticeAreRequired) {
    auto entry = adult_entry();
    entry.residence = Residence::OtherState;
    entry.privacy_accepted = false;
    entry.work = Work{};
    entry.work->title = "Sin enlace";
    EXPECT_EQ(
        rules_of(entry_errors(film_fest(), entry, at("2026-11-25", 10, 0))),
        (std::vector<std::string>{"state:entidad_residencia", "privacy_accepted:aviso_privacidad",
                                  "work.link:obra_archivo_o_enlace"}));
    entry.work->link = "ftp://video.example/x";
    auto errors = entry_errors(film_fest(), entry, at("2026-11-25", 10, 0));
    EXPECT_EQ(rules_of(errors).back(), "work.link:enlace_web");
    entry.work->link.reset();
    entry.work->file = "12";
    EXPECT_EQ(rules_of(entry_errors(film_fest(), entry, at("2026-11-25", 10, 0))).size(), 2u);
}

TEST(ContestEntry, FoliosAreTheContestKeyAndAFourDigitNumber) {
    EXPECT_EQ(entry_folio(film_fest(), 7), "VFF5-0007");
}

Registration validated(const char* key, const char* birth) {
    Registration entry;
    entry.key = key;
    entry.contest = "vff5";
    entry.birth_date = *Date::parse_iso(birth);
    entry.status = RegistrationStatus::Validated;
    return entry;
}

TEST(ContestRanking, RanksByWeightedMeanPerCategoryAndBreaksTiesByTheHeaviestCriterion) {
    Dataset data;
    data.contests = {film_fest()};
    data.registrations = {validated("a", "2000-01-01"), validated("b", "2001-01-01"),
                          validated("c", "2002-01-01"), validated("d", "2010-01-01")};
    data.registrations.push_back(validated("e", "2003-01-01"));
    data.registrations.back().status = RegistrationStatus::Rejected;
    data.rubric = {{"vff5", "Creatividad", 0.6}, {"vff5", "Mensaje", 0.4}};
    // a: 0.6×8 + 0.4×6 = 7.2; b: 0.6×6 + 0.4×9 = 7.2 (tie, a wins on
    // Creatividad); c: two jurors, means 9 and 9 → 9.
    data.scores = {{"j1", "a", "Creatividad", 8},  {"j1", "a", "Mensaje", 6},
                   {"j1", "b", "Creatividad", 6},  {"j1", "b", "Mensaje", 9},
                   {"j1", "c", "Creatividad", 10}, {"j1", "c", "Mensaje", 8},
                   {"j2", "c", "Creatividad", 8},  {"j2", "c", "Mensaje", 10}};
    auto rankings = rank_entries(data, data.contests.front());
    ASSERT_EQ(rankings.size(), 2u);
    EXPECT_EQ(rankings[0].category->key, "ado");
    ASSERT_EQ(rankings[0].entries.size(), 1u);
    EXPECT_EQ(rankings[0].entries[0].entry->key, "d");
    EXPECT_EQ(rankings[0].entries[0].jurors_scored, 0u);
    const auto& adults = rankings[1].entries;
    ASSERT_EQ(adults.size(), 3u);  // the rejected entry is not ranked
    EXPECT_EQ(adults[0].entry->key, "c");
    EXPECT_DOUBLE_EQ(adults[0].total, 9.0);
    EXPECT_EQ(adults[0].jurors_scored, 2u);
    EXPECT_EQ(adults[1].entry->key, "a");
    EXPECT_EQ(adults[2].entry->key, "b");
    EXPECT_DOUBLE_EQ(adults[1].total, adults[2].total);
    EXPECT_EQ(adults[2].position, 3u);
}

TEST(ContestRanking, JurorsSeeOnlyTheirOwnScoresUntilResultsArePublished) {
    Dataset data;
    data.contests = {film_fest()};
    Juror first{"j1", "vff5", "Primera"};
    Score own{"j1", "a", "Creatividad", 8};
    Score other{"j2", "a", "Creatividad", 5};
    EXPECT_TRUE(may_see_score(data, own, first));
    EXPECT_FALSE(may_see_score(data, other, first));
    data.contests.front().results_published = true;
    EXPECT_TRUE(may_see_score(data, other, first));
}

}  // namespace
}  // namespace vincula::domain
