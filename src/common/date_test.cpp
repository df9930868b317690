#include "common/date.h"

#include <gtest/gtest.h>

namespace vincula::common {

TEST(Date, ParsesIsoDatesAndComputesTheWeekday) {
    auto date = Date::parse_iso("2021-10-21");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->year(), 2021);
    EXPECT_EQ(date->month(), 10u);
    EXPECT_EQ(date->day(), 21u);
    EXPECT_EQ(date->weekday(), 4u);  // jueves
    EXPECT_EQ(date->to_iso(), "2021-10-21");
    // The seed prints «jueves 24 de noviembre de 2021»: it was a Wednesday.
    EXPECT_EQ(Date::parse_iso("2021-11-24")->weekday(), 3u);
}

TEST(Date, RefusesImpossibleOrMalformedDates) {
    for (const char* text : {"2021-02-30", "2021-13-01", "2021-1-01", "21-10-01", "2021/10/01", "",
                             "2021-10-0x", "2021-04-31", "2100-02-29"}) {
        EXPECT_FALSE(Date::parse_iso(text)) << text;
    }
    EXPECT_TRUE(Date::parse_iso("2024-02-29"));
}

TEST(Date, ComputesAgeOnADate) {
    auto birth = *Date::parse_iso("2004-12-01");
    EXPECT_EQ(age_on(birth, *Date::parse_iso("2021-11-30")), 16);
    EXPECT_EQ(age_on(birth, *Date::parse_iso("2021-12-01")), 17);
}

TEST(TimeOfDay, ParsesHoursAndMinutes) {
    EXPECT_EQ(TimeOfDay::parse("11:00")->to_string(), "11:00");
    EXPECT_FALSE(TimeOfDay::parse("24:00"));
    EXPECT_FALSE(TimeOfDay::parse("9:00"));
    EXPECT_FALSE(TimeOfDay::parse("10:60"));
}

TEST(MexicoCityTime, IsSixHoursBehindUtcAllYear) {
    using namespace std::chrono;
    // 2026-12-01 05:30 UTC is still 30 November in the city, 23:30.
    auto winter = sys_days{year{2026} / 12 / 1} + hours{5} + minutes{30};
    auto moment = mexico_city_time(winter);
    EXPECT_EQ(moment.date.to_iso(), "2026-11-30");
    EXPECT_EQ(moment.time.to_string(), "23:30");
    // In July too: no daylight saving time since 2022.
    auto summer = sys_days{year{2026} / 7 / 15} + hours{18};
    EXPECT_EQ(mexico_city_time(summer).time.to_string(), "12:00");
}

}  // namespace vincula::common
