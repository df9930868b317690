#include "domain/as_of.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

using common::Date;

Area unit_with_history() {
    Area area;
    area.key = "utvoe";
    area.name = "Unidad Técnica de Vinculación con Organismos Externos";
    area.acronym = "UTVOE";
    area.head = "hernandez";
    // Written newest first: the reading must not depend on the order.
    area.history.push_back(
        AreaChange{Date::from_ymd(2025, 3, 1), std::nullopt, std::nullopt, std::string("nunez")});
    area.history.push_back(
        AreaChange{Date::from_ymd(2023, 9, 1),
                   std::string("Unidad Técnica de Vinculación y Cooperación Institucional"),
                   std::string("UTVCI"), std::nullopt});
    return area;
}

TEST(AreaAsOf, ReadsEachChangeFromItsDateOn) {
    auto area = unit_with_history();
    auto in_2021 = area_as_of(area, Date::from_ymd(2021, 12, 31));
    EXPECT_EQ(in_2021.acronym, "UTVOE");
    EXPECT_EQ(in_2021.head, "hernandez");
    auto in_2024 = area_as_of(area, Date::from_ymd(2024, 1, 1));
    EXPECT_EQ(in_2024.acronym, "UTVCI");
    EXPECT_EQ(in_2024.name, "Unidad Técnica de Vinculación y Cooperación Institucional");
    EXPECT_EQ(in_2024.head, "hernandez");
    auto on_the_day = area_as_of(area, Date::from_ymd(2025, 3, 1));
    EXPECT_EQ(on_the_day.head, "nunez");
    EXPECT_EQ(on_the_day.acronym, "UTVCI");
}

TEST(CommissionAsOf, ChangesKindNameAndIntegration) {
    Commission commission;
    commission.key = "cvoe";
    commission.name = "Comisión Permanente de Vinculación con Organismos Externos";
    commission.acronym = "CVOE";
    commission.integrated_by = "IECM/ACU-CG-075/2020";
    commission.integrated_on = Date::from_ymd(2020, 10, 9);
    commission.history.push_back(
        CommissionChange{Date::from_ymd(2023, 10, 1), CommissionKind::Provisional,
                         std::string("Comisión Provisional de Vinculación con Organismos Externos"),
                         std::nullopt, std::string("IECM/ACU-CG-101/2023"), std::nullopt});
    auto before = commission_as_of(commission, Date::from_ymd(2023, 9, 30));
    EXPECT_EQ(before.kind, CommissionKind::Permanent);
    EXPECT_EQ(before.integrated_by, "IECM/ACU-CG-075/2020");
    auto after = commission_as_of(commission, Date::from_ymd(2023, 12, 31));
    EXPECT_EQ(after.kind, CommissionKind::Provisional);
    EXPECT_EQ(after.name, "Comisión Provisional de Vinculación con Organismos Externos");
    EXPECT_EQ(after.acronym, "CVOE");
    EXPECT_EQ(after.integrated_by, "IECM/ACU-CG-101/2023");
    EXPECT_EQ(after.integrated_on, Date::from_ymd(2023, 10, 1));
}

}  // namespace
}  // namespace vincula::domain
