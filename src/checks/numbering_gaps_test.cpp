#include "checks/numbering_gaps.h"

#include <gtest/gtest.h>

namespace vincula::checks {
namespace {

common::Date day(int year, unsigned month, unsigned day_of_month) {
    return common::Date::from_ymd(year, month, day_of_month);
}

domain::Period fourth_quarter() {
    return domain::Period::quarter("2021-Q4").value();
}

TEST(NumberingGaps, FindsMissingNumbersAndWhenTheyHappened) {
    auto gaps = numbering_gaps({{25, day(2021, 8, 19), 0},
                                {36, day(2021, 10, 21), 1},
                                {37, day(2021, 10, 21), 2},
                                {40, day(2021, 11, 24), 3}},
                               2021);
    ASSERT_EQ(gaps.size(), 3u);
    EXPECT_EQ(gaps[0].first_missing, 1);
    EXPECT_EQ(gaps[0].last_missing, 24);
    EXPECT_FALSE(gaps[0].before);
    EXPECT_EQ(gaps[0].earliest, day(2021, 1, 1));
    EXPECT_EQ(place_of(gaps[0], fourth_quarter()), GapPlace::OutsidePeriod);

    EXPECT_EQ(gaps[1].first_missing, 26);
    EXPECT_EQ(gaps[1].last_missing, 35);
    EXPECT_EQ(gaps[1].before, 0u);
    EXPECT_EQ(gaps[1].after, 1u);
    EXPECT_EQ(place_of(gaps[1], fourth_quarter()), GapPlace::MayTouchPeriod);

    EXPECT_EQ(gaps[2].first_missing, 38);
    EXPECT_EQ(gaps[2].last_missing, 39);
    EXPECT_EQ(place_of(gaps[2], fourth_quarter()), GapPlace::InsidePeriod);
}

TEST(NumberingGaps, UndatedRecordsTakeTheirNeighboursDates) {
    // 3 has no date: the gap 4…9 lies between 2's date and 10's.
    auto gaps = numbering_gaps({{1, day(2021, 10, 5), 0},
                                {2, day(2021, 10, 5), 1},
                                {3, std::nullopt, 2},
                                {10, day(2021, 12, 1), 3}},
                               2021);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].earliest, day(2021, 10, 5));
    EXPECT_EQ(gaps[0].latest, day(2021, 12, 1));
    EXPECT_EQ(place_of(gaps[0], fourth_quarter()), GapPlace::InsidePeriod);
}

TEST(NumberingGaps, AGapAtTheStartOfAYearIsThePeriodsWhenThePeriodStartsTheYear) {
    auto gaps = numbering_gaps({{3, day(2022, 2, 10), 0}}, 2022);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(place_of(gaps[0], domain::Period::quarter("2022-Q1").value()),
              GapPlace::InsidePeriod);
}

TEST(NumberingGaps, NothingIsMissingInAnUnbrokenSequence) {
    EXPECT_TRUE(numbering_gaps({{2, day(2021, 1, 5), 1}, {1, day(2021, 1, 5), 0}}, 2021).empty());
    EXPECT_TRUE(numbering_gaps({}, 2021).empty());
}

TEST(RepeatedNumbers, GroupsRecordsThatShareANumber) {
    auto groups = repeated_numbers(
        {{1, std::nullopt, 0}, {2, std::nullopt, 1}, {2, std::nullopt, 2}, {3, std::nullopt, 3}});
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], (std::vector<std::size_t>{1, 2}));
    EXPECT_TRUE(repeated_numbers({{1, std::nullopt, 0}, {2, std::nullopt, 1}}).empty());
}

}  // namespace
}  // namespace vincula::checks
