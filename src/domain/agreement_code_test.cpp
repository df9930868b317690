#include "domain/agreement_code.h"

#include <gtest/gtest.h>

namespace vincula::domain {

TEST(AgreementCode, ReadsTheCodesOfDifferentBodies) {
    struct Case {
        const char* text;
        const char* prefix;
        int number;
        int year;
    };
    for (const auto& [text, prefix, number, year] :
         {Case{"CVOE/036/21", "CVOE/", 36, 2021}, Case{"CVOE/025/2021", "CVOE/", 25, 2021},
          Case{"OPLEV/CG001/2023", "OPLEV/CG", 1, 2023},
          Case{"INE/CG123/2021", "INE/CG", 123, 2021},
          Case{"INE/CG1234/2021", "INE/CG", 1234, 2021},
          Case{"IECM/ACU-CG-075-2020", "IECM/ACU-CG-", 75, 2020},
          Case{"IEEM/CG/12/2022", "IEEM/CG/", 12, 2022}}) {
        auto code = AgreementCode::create(text);
        ASSERT_TRUE(code) << text;
        EXPECT_EQ(code->prefix(), prefix) << text;
        EXPECT_EQ(code->number(), number) << text;
        EXPECT_EQ(code->year(), year) << text;
    }
}

TEST(AgreementCode, NamesOneAgreementHoweverItIsPadded) {
    auto short_form = AgreementCode::create("CVOE/036/21");
    auto long_form = AgreementCode::create("CVOE/36/2021");
    ASSERT_TRUE(short_form && long_form);
    EXPECT_TRUE(short_form->same_agreement(*long_form));
    EXPECT_FALSE(short_form->same_agreement(*AgreementCode::create("CVOE/037/21")));
    EXPECT_FALSE(short_form->same_agreement(*AgreementCode::create("CEVOE/036/21")));
}

TEST(AgreementCode, WritesAnotherNumberOfItsSeriesAlike) {
    EXPECT_EQ(AgreementCode::create("CVOE/036/21")->with_number(7), "CVOE/007/21");
    EXPECT_EQ(AgreementCode::create("IECM/ACU-CG-075-2020")->with_number(76),
              "IECM/ACU-CG-076-2020");
    EXPECT_EQ(AgreementCode::create("INE/CG123/2021")->with_number(1000), "INE/CG1000/2021");
}

TEST(AgreementCode, RefusesWhatIsNotACode) {
    for (const char* text : {"", "CVOE", "CVOE/036", "cvoe/036/21", "CVOE/000/21", "CVOE/03a/21",
                             "CVOE/036/021", "/036/21", "036/21", "CVOE/036/1999", "CVOE//21",
                             "CVOE/036 21", "CVOE/123456/21", "CVOE/036/21/", "CVOE 036/21"}) {
        auto code = AgreementCode::create(text, "agreements[0].code");
        ASSERT_FALSE(code) << text;
        EXPECT_EQ(code.error()[0].rule, "codigo_acuerdo");
        EXPECT_EQ(code.error()[0].field, "agreements[0].code");
    }
}

}  // namespace vincula::domain
