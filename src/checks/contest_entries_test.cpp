#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

domain::Dataset with_contest() {
    auto data = consistent_quarter();
    domain::Contest contest;
    contest.key = "vff4";
    contest.name = "Vota Film Fest";
    contest.approved_by = "CVOE/025/21";
    contest.registration_open = day(2021, 8, 20);
    contest.registration_close = day(2021, 11, 30);
    domain::ContestCategory young;
    young.key = "jov";
    young.label = "De 18 a 29 años";
    young.min_age = 18;
    young.max_age = 29;
    domain::ContestCategory teen = young;
    teen.key = "ado";
    teen.label = "De 12 a 17 años";
    teen.min_age = 12;
    teen.max_age = 17;
    contest.categories = {young, teen};
    data.contests.push_back(contest);
    return data;
}

domain::Registration entry(std::string key, common::Date birth, bool consent) {
    domain::Registration made;
    made.key = std::move(key);
    made.contest = "vff4";
    made.name = "Persona concursante";
    made.birth_date = birth;
    made.guardian_consent = consent;
    return made;
}

TEST(ContestEntries, AnAgeThatFitsNoCategoryIsAnError) {
    auto data = with_contest();
    // Thirty on the closing day (born 30 November 1991).
    data.registrations.push_back(entry("r1", day(1991, 11, 30), false));
    auto findings = run_check(check_contest_entries, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "registro_sin_categoria");
    EXPECT_EQ(findings[0].message,
              "El registro r1 al concurso «Vota Film Fest» es de una persona de 30 años al cierre "
              "de la inscripción (martes 30 de noviembre de 2021), que no cabe en ninguna "
              "categoría (De 18 a 29 años y De 12 a 17 años).");
    EXPECT_EQ(findings[0].record, (RecordRef{"registrations", "r1", "birth_date"}));
}

TEST(ContestEntries, AMinorWithoutConsentIsAnError) {
    auto data = with_contest();
    data.registrations.push_back(entry("r2", day(2006, 5, 1), false));
    auto findings = run_check(check_contest_entries, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "menor_sin_consentimiento");
    EXPECT_EQ(
        findings[0].message,
        "El registro r2 al concurso «Vota Film Fest» es de una persona menor de edad (15 años "
        "al cierre de la inscripción) y no consta el consentimiento de su madre, padre o "
        "tutor.");
}

TEST(ContestEntries, ValidEntriesRejectedOnesAndOtherCommissionsContestsAreQuiet) {
    auto data = with_contest();
    data.registrations.push_back(entry("adult", day(2000, 1, 1), false));
    data.registrations.push_back(entry("minor", day(2006, 5, 1), true));
    // Turned 18 the day registration closed.
    data.registrations.push_back(entry("just18", day(2003, 11, 30), false));
    auto rejected = entry("old", day(1980, 1, 1), false);
    rejected.status = domain::RegistrationStatus::Rejected;
    data.registrations.push_back(rejected);
    EXPECT_TRUE(run_check(check_contest_entries, data).empty());

    data.contests[0].approved_by = "CEC/010/21";
    data.registrations.push_back(entry("other", day(1970, 1, 1), false));
    EXPECT_TRUE(run_check(check_contest_entries, data).empty());
}

}  // namespace
}  // namespace vincula::checks
