#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(ProgrammePresence, AYearWithoutProgrammeIsNamed) {
    auto data = consistent_quarter();
    data.work_programmes.clear();
    auto findings = run_check(check_programme_presence, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "programa_faltante");
    EXPECT_EQ(findings[0].message,
              "La comisión no tiene registrado un Programa Anual de Trabajo para 2021: la parte II "
              "del informe se ordena por sus líneas y acciones, y lo ocurrido en 2021 no "
              "aparecería en ella. Regístrelo con sus líneas, sus acciones y el acuerdo que lo "
              "aprobó.");
}

TEST(ProgrammePresence, APeriodAcrossTwoYearsNeedsBothProgrammes) {
    auto data = consistent_quarter();
    auto december_to_march = domain::Period::create(day(2021, 12, 1), day(2022, 3, 31)).value();
    auto findings = run_check(check_programme_presence, data, december_to_march);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_NE(findings[0].message.find("para 2022"), std::string::npos);
    EXPECT_TRUE(run_check(check_programme_presence, data).empty());
}

}  // namespace
}  // namespace vincula::checks
