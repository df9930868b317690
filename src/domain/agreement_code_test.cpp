#include "domain/agreement_code.h"

#include <gtest/gtest.h>

namespace vincula::domain {

TEST(AgreementCode, AcceptsBothPrintedFormsAndStoresOne) {
    auto short_form = AgreementCode::create("CVOE/036/21");
    auto long_form = AgreementCode::create("CVOE/025/2021");
    ASSERT_TRUE(short_form);
    ASSERT_TRUE(long_form);
    EXPECT_EQ(short_form->canonical(), "CVOE/036/21");
    EXPECT_EQ(long_form->canonical(), "CVOE/025/21");
    EXPECT_EQ(long_form->year(), 2021);
    EXPECT_EQ(long_form->number(), 25);
    EXPECT_EQ(AgreementCode::create("CVOE/8/19")->canonical(), "CVOE/008/19");
}

TEST(AgreementCode, RefusesWhatIsNotACode) {
    for (const char* text : {"", "CVOE", "CVOE/036", "cvoe/036/21", "CVOE/000/21", "CVOE/03a/21",
                             "CVOE/036/021", "/036/21", "CVOE/036/1999", "CVOE//21"}) {
        auto code = AgreementCode::create(text, "agreements[0].code");
        ASSERT_FALSE(code) << text;
        EXPECT_EQ(code.error()[0].rule, "codigo_acuerdo");
        EXPECT_EQ(code.error()[0].field, "agreements[0].code");
    }
}

}  // namespace vincula::domain
