#include "domain/agreement_code_format.h"

#include <gtest/gtest.h>

#include "domain/commissions.h"

namespace vincula::domain {

TEST(AgreementCodeFormat, TheDefaultIsTheIecmCommissionsOne) {
    Commission commission;
    commission.acronym = "CVOE";
    auto format = AgreementCodeFormat::of(commission);
    EXPECT_EQ(format.render("CVOE", 36, 2021), "CVOE/036/21");
    EXPECT_EQ(format.render("CVOE", 1234, 2021), "CVOE/1234/21");
    EXPECT_TRUE(format.matches(*AgreementCode::create("CVOE/36/2021"), "CVOE"));
    EXPECT_FALSE(format.matches(*AgreementCode::create("CVOE/036/21"), "CEVOE"));
    EXPECT_FALSE(format.matches(*AgreementCode::create("CVOE-036-21"), "CVOE"));
}

TEST(AgreementCodeFormat, WritesOtherBodiesSeries) {
    struct Case {
        const char* pattern;
        const char* acronym;
        const char* code;
    };
    for (const auto& [pattern, acronym, code] :
         {Case{"OPLEV/CG{numero:3}/{año}", "CG", "OPLEV/CG001/2023"},
          Case{"INE/{siglas}{numero}/{año}", "CG", "INE/CG1/2023"},
          Case{"IECM/ACU-{siglas}-{número:3}-{año:4}", "CG", "IECM/ACU-CG-001-2023"},
          Case{"{siglas}/{numero:2}/{año:2}", "CVOE", "CVOE/01/23"}}) {
        auto format = AgreementCodeFormat::create(pattern, "agreement_code_format");
        ASSERT_TRUE(format) << pattern;
        EXPECT_EQ(format->render(acronym, 1, 2023), code) << pattern;
        EXPECT_TRUE(format->matches(*AgreementCode::create(code), acronym)) << pattern;
    }
}

TEST(AgreementCodeFormat, RefusesPatternsWhoseCodesCouldNotBeRead) {
    for (const char* pattern :
         {"", "{siglas}", "{siglas}/{año}", "{numero}/{año}", "{siglas}/{numero}",
          "{siglas}/{numero}/{año}/", "{siglas}/{año}/{numero}", "{siglas}/{numero}{año}",
          "{siglas}/{numero:9}/{año}", "{siglas}/{numero}/{año:3}", "{siglas}/{num}/{año}",
          "CG2{numero}/{año}", "cg/{numero}/{año}", "{siglas}/{numero}/{año",
          "{siglas} {numero}/{año}"}) {
        auto format = AgreementCodeFormat::create(pattern, "commissions[0].agreement_code_format");
        ASSERT_FALSE(format) << pattern;
        EXPECT_EQ(format.error()[0].rule, "formato_codigo_acuerdo");
        EXPECT_EQ(format.error()[0].field, "commissions[0].agreement_code_format");
    }
}

TEST(AgreementCodeFormat, ACommissionIssuesCodesUnderEveryAcronymItHasHad) {
    Commission commission;
    commission.acronym = "CVOE";
    commission.history.push_back(CommissionChange{common::Date::from_ymd(2024, 1, 1), std::nullopt,
                                                  std::nullopt, std::string("CEVOE"), std::nullopt,
                                                  std::nullopt});
    EXPECT_TRUE(issues_code(commission, *AgreementCode::create("CVOE/001/23")));
    EXPECT_TRUE(issues_code(commission, *AgreementCode::create("CEVOE/001/24")));
    EXPECT_FALSE(issues_code(commission, *AgreementCode::create("CPP/001/24")));
}

TEST(AgreementCodeFormat, ACommissionIssuesCodesUnderEveryPatternItHasStated) {
    Commission commission;
    commission.acronym = "CVOE";
    CommissionChange change;
    change.from = common::Date::from_ymd(2022, 1, 1);
    change.agreement_code_format = "IECM/ACU-{siglas}-{numero:3}-{año}";
    commission.history.push_back(change);
    EXPECT_EQ(in_series_form(commission, *AgreementCode::create("CVOE/1/21")), "CVOE/001/21");
    EXPECT_EQ(in_series_form(commission, *AgreementCode::create("IECM/ACU-CVOE-75-2022")),
              "IECM/ACU-CVOE-075-2022");
    EXPECT_FALSE(in_series_form(commission, *AgreementCode::create("IECM/ACU-CG-075-2022")));
}

}  // namespace vincula::domain
