#include "checks/review.h"

#include <gtest/gtest.h>

#include "checks/catalogue.h"
#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(Review, AConsistentQuarterHasNoFindings) {
    auto findings = review_quarter(consistent_quarter());
    EXPECT_TRUE(findings.empty()) << (findings.empty() ? "" : findings[0].message);
}

TEST(Review, ListsErrorsBeforeAvisos) {
    auto data = consistent_quarter();
    data.sessions[1].date = day(2021, 10, 23);  // a Saturday: aviso
    data.no_activity.clear();                   // 1 B) empty: error
    auto findings = review_quarter(data);
    EXPECT_EQ(rules(findings), (std::vector<std::string>{"accion_sin_actividad",
                                                         "sesion_ordinaria_en_fin_de_semana"}));
    EXPECT_EQ(count_of(findings, Severity::Error), 1u);
    EXPECT_EQ(count_of(findings, Severity::Warning), 1u);
}

TEST(Review, OnlyTheCommissionAskedFor) {
    auto data = consistent_quarter();
    domain::Commission other = data.commissions[0];
    other.key = "CEC";
    other.acronym = "CEC";
    data.commissions.push_back(other);
    auto saturday = session("cec-o1", 1, day(2021, 10, 23));
    saturday.commission = "CEC";
    data.sessions.push_back(saturday);
    EXPECT_TRUE(review(data, data.commissions[0], fourth_quarter()).empty());
    // The CEC has no work programme of its own: the CVOE's does not count.
    EXPECT_EQ(rules(review(data, data.commissions[1], fourth_quarter())),
              (std::vector<std::string>{"programa_faltante", "sesion_ordinaria_en_fin_de_semana"}));
}

TEST(Review, FindsTheCommissionByKeyOrAcronymInAnyCase) {
    auto data = consistent_quarter();
    data.commissions[0].key = "cvoe-2020";
    EXPECT_NE(find_commission(data, "cvoe-2020"), nullptr);
    EXPECT_NE(find_commission(data, "cvoe"), nullptr);
    EXPECT_EQ(find_commission(data, "CEC"), nullptr);
    auto unknown = review(data, "CEC", fourth_quarter());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error()[0].field, "commission");
    EXPECT_EQ(unknown.error()[0].message,
              "no hay ninguna comisión «CEC»; las registradas son CVOE.");
    EXPECT_EQ(unknown_commission(domain::Dataset{}, "CVOE", "--commission").message,
              "no hay ninguna comisión «CVOE»; los datos no tienen ninguna.");
}

}  // namespace
}  // namespace vincula::checks
