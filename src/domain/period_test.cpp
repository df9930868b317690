#include "domain/period.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

common::Date date(int y, unsigned m, unsigned d) {
    return common::Date::from_ymd(y, m, d);
}

TEST(Period, AQuarterCoversItsThreeMonths) {
    auto q4 = Period::quarter("2021-Q4");
    ASSERT_TRUE(q4);
    EXPECT_EQ(q4->from(), date(2021, 10, 1));
    EXPECT_EQ(q4->to(), date(2021, 12, 31));
    EXPECT_EQ(q4->quarter_number(), 4);
    auto q1 = Period::quarter("2024-Q1");
    ASSERT_TRUE(q1);
    EXPECT_EQ(q1->to(), date(2024, 3, 31));
}

TEST(Period, AnArbitraryRangeIsNoQuarter) {
    auto year = Period::parse("2021-01-01", "2021-12-31");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->quarter_number(), std::nullopt);
    auto short_quarter = Period::parse("2021-10-01", "2021-12-30");
    ASSERT_TRUE(short_quarter);
    EXPECT_EQ(short_quarter->quarter_number(), std::nullopt);
    EXPECT_TRUE(short_quarter->contains(date(2021, 12, 30)));
    EXPECT_FALSE(short_quarter->contains(date(2021, 12, 31)));
}

TEST(Period, RefusesAnEndBeforeItsStartNamingTheField) {
    auto wrong = Period::parse("2021-12-31", "2021-10-01", "--from", "--to");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().front().field, "--to");
    EXPECT_EQ(wrong.error().front().rule, "rango_fechas");
}

TEST(Period, ReportsEveryBadDateAtOnce) {
    auto wrong = Period::parse("2021-02-30", "mañana");
    ASSERT_FALSE(wrong);
    ASSERT_EQ(wrong.error().size(), 2u);
    EXPECT_EQ(wrong.error()[0].field, "from");
    EXPECT_EQ(wrong.error()[1].field, "to");
}

TEST(Period, RefusesAMalformedQuarter) {
    for (auto text : {"2021-Q5", "2021Q4", "21-Q4", "2021-Q0", ""}) {
        auto wrong = Period::quarter(text);
        ASSERT_FALSE(wrong) << text;
        EXPECT_EQ(wrong.error().front().rule, "trimestre_valido");
    }
}

TEST(Period, OverlapTreatsAMissingEndAsOpen) {
    auto q4 = *Period::quarter("2021-Q4");
    EXPECT_TRUE(q4.overlaps(date(2020, 1, 1), std::nullopt));
    EXPECT_TRUE(q4.overlaps(date(2021, 12, 31), date(2022, 5, 1)));
    EXPECT_FALSE(q4.overlaps(date(2020, 1, 1), date(2021, 9, 30)));
    EXPECT_FALSE(q4.overlaps(date(2022, 1, 1), std::nullopt));
}

}  // namespace
}  // namespace vincula::domain
