#include "lang/dates.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace vincula::lang {
namespace {

using common::Date;

Date iso(const char* text) {
    return *Date::parse_iso(text);
}

struct DateRow {
    const char* iso;
    const char* expected;
};

TEST(WeekdayName, FollowsTheCEncodingFromSunday) {
    const std::vector<std::string> names = {"domingo", "lunes",   "martes", "miércoles",
                                            "jueves",  "viernes", "sábado"};
    for (unsigned day = 0; day < names.size(); ++day) {
        EXPECT_EQ(weekday_name(day), names[day]) << day;
    }
    EXPECT_THROW(weekday_name(7), std::out_of_range);
}

TEST(MonthName, IsOneBasedAndLowerCase) {
    const std::vector<std::string> names = {"enero",      "febrero", "marzo",     "abril",
                                            "mayo",       "junio",   "julio",     "agosto",
                                            "septiembre", "octubre", "noviembre", "diciembre"};
    for (unsigned month = 1; month <= 12; ++month) {
        EXPECT_EQ(month_name(month), names[month - 1]) << month;
    }
    EXPECT_THROW(month_name(0), std::out_of_range);
    EXPECT_THROW(month_name(13), std::out_of_range);
}

// Weekdays checked against an independent calendar; days carry no leading zero.
const DateRow kLongDates[] = {
    {"2021-10-21", "jueves 21 de octubre de 2021"},
    {"2021-11-24", "miércoles 24 de noviembre de 2021"},
    {"2021-12-06", "lunes 6 de diciembre de 2021"},
    {"2022-01-24", "lunes 24 de enero de 2022"},
    {"2021-12-13", "lunes 13 de diciembre de 2021"},
    {"2021-10-01", "viernes 1 de octubre de 2021"},
    {"2021-11-27", "sábado 27 de noviembre de 2021"},
    {"2021-11-30", "martes 30 de noviembre de 2021"},
    {"2021-08-20", "viernes 20 de agosto de 2021"},
    {"2021-12-30", "jueves 30 de diciembre de 2021"},
    {"2022-01-03", "lunes 3 de enero de 2022"},
    {"2024-02-29", "jueves 29 de febrero de 2024"},
    {"2000-01-01", "sábado 1 de enero de 2000"},
    {"1999-12-31", "viernes 31 de diciembre de 1999"},
    {"2022-02-28", "lunes 28 de febrero de 2022"},
    {"2022-03-01", "martes 1 de marzo de 2022"},
    {"2021-09-16", "jueves 16 de septiembre de 2021"},
    {"2021-05-05", "miércoles 5 de mayo de 2021"},
    {"2022-07-17", "domingo 17 de julio de 2022"},
    {"2022-06-12", "domingo 12 de junio de 2022"},
    {"2023-04-09", "domingo 9 de abril de 2023"},
    {"2021-02-14", "domingo 14 de febrero de 2021"},
    {"2021-11-02", "martes 2 de noviembre de 2021"},
    {"2022-12-25", "domingo 25 de diciembre de 2022"},
    {"2021-10-31", "domingo 31 de octubre de 2021"},
    {"2025-01-01", "miércoles 1 de enero de 2025"},
    {"2020-11-01", "domingo 1 de noviembre de 2020"},
};

TEST(LongDate, SpellsTheComputedWeekdayDayMonthAndYear) {
    for (const auto& row : kLongDates) {
        EXPECT_EQ(long_date(iso(row.iso)), row.expected) << row.iso;
    }
}

TEST(LongDate, SentenceCapitalisesOnlyTheWeekday) {
    EXPECT_EQ(long_date(iso("2021-10-21"), Capitalization::Sentence),
              "Jueves 21 de octubre de 2021");
    EXPECT_EQ(long_date(iso("2021-11-24"), Capitalization::Sentence),
              "Miércoles 24 de noviembre de 2021");
    EXPECT_EQ(long_date(iso("2021-11-27"), Capitalization::Sentence),
              "Sábado 27 de noviembre de 2021");
    EXPECT_EQ(long_date(iso("2021-12-06"), Capitalization::Lower), "lunes 6 de diciembre de 2021");
}

TEST(DayMonthYear, OmitsTheWeekday) {
    EXPECT_EQ(day_month_year(iso("2021-10-21")), "21 de octubre de 2021");
    EXPECT_EQ(day_month_year(iso("2021-10-01")), "1 de octubre de 2021");
    EXPECT_EQ(day_month_year(iso("2022-01-03")), "3 de enero de 2022");
    EXPECT_EQ(day_month_year(iso("2021-09-16")), "16 de septiembre de 2021");
}

struct RangeRow {
    const char* from;
    const char* to;
    const char* expected;
};

const RangeRow kRanges[] = {
    {"2021-11-27", "2021-11-30", "del sábado 27 al martes 30 de noviembre de 2021"},
    {"2021-08-20", "2021-11-30", "del viernes 20 de agosto al martes 30 de noviembre de 2021"},
    {"2021-12-30", "2022-01-03", "del jueves 30 de diciembre de 2021 al lunes 3 de enero de 2022"},
    {"2021-10-21", "2021-10-21", "jueves 21 de octubre de 2021"},
    {"2021-12-06", "2021-12-13", "del lunes 6 al lunes 13 de diciembre de 2021"},
    {"2021-10-01", "2021-10-31", "del viernes 1 al domingo 31 de octubre de 2021"},
    {"2021-11-30", "2021-12-01", "del martes 30 de noviembre al miércoles 1 de diciembre de 2021"},
    {"2022-02-28", "2022-03-01", "del lunes 28 de febrero al martes 1 de marzo de 2022"},
    {"1999-12-31", "2000-01-01",
     "del viernes 31 de diciembre de 1999 al sábado 1 de enero de 2000"},
    {"2021-10-21", "2022-01-24", "del jueves 21 de octubre de 2021 al lunes 24 de enero de 2022"},
};

TEST(LongDateRange, SaysWhatBothEndsShareOnlyOnce) {
    for (const auto& row : kRanges) {
        EXPECT_EQ(long_date_range(iso(row.from), iso(row.to)), row.expected)
            << row.from << ".." << row.to;
    }
}

TEST(LongDateRange, RefusesAReversedRange) {
    EXPECT_THROW(long_date_range(iso("2021-11-30"), iso("2021-11-27")), std::invalid_argument);
}

const RangeRow kSpans[] = {
    {"2021-10-01", "2021-12-31", "octubre a diciembre de 2021"},
    {"2022-01-01", "2022-01-31", "enero de 2022"},
    {"2022-01-10", "2022-01-20", "enero de 2022"},
    {"2021-11-01", "2022-02-28", "noviembre de 2021 a febrero de 2022"},
    {"2021-08-20", "2021-11-30", "agosto a noviembre de 2021"},
    {"2021-12-30", "2022-01-03", "diciembre de 2021 a enero de 2022"},
    {"2021-01-01", "2021-12-31", "enero a diciembre de 2021"},
    {"2021-09-15", "2021-10-14", "septiembre a octubre de 2021"},
    {"2020-06-01", "2022-05-31", "junio de 2020 a mayo de 2022"},
    {"2021-10-21", "2021-10-21", "octubre de 2021"},
};

TEST(MonthSpan, NamesTheMonthsAndSharesTheYear) {
    for (const auto& row : kSpans) {
        EXPECT_EQ(month_span(iso(row.from), iso(row.to)), row.expected)
            << row.from << ".." << row.to;
    }
    EXPECT_THROW(month_span(iso("2022-01-01"), iso("2021-12-31")), std::invalid_argument);
}

const RangeRow kPeriods[] = {
    {"2021-10-01", "2021-12-31", "de octubre a diciembre de 2021"},
    {"2022-02-01", "2022-02-28", "de febrero de 2022"},
    {"2021-12-01", "2022-03-31", "de diciembre de 2021 a marzo de 2022"},
    {"2022-04-25", "2022-05-22", "del 25 de abril al 22 de mayo de 2022"},
    {"2022-05-03", "2022-05-17", "del 3 al 17 de mayo de 2022"},
    {"2021-12-28", "2022-01-04", "del 28 de diciembre de 2021 al 4 de enero de 2022"},
    {"2022-05-05", "2022-05-05", "del 5 de mayo de 2022"},
    {"2022-01-01", "2022-01-30", "del 1 al 30 de enero de 2022"},
    {"2024-02-01", "2024-02-29", "de febrero de 2024"},
};

TEST(PeriodSpan, NamesWholeMonthsAndOtherwiseTheExactDays) {
    for (const auto& row : kPeriods) {
        EXPECT_EQ(period_span(iso(row.from), iso(row.to)), row.expected)
            << row.from << ".." << row.to;
    }
    EXPECT_THROW(day_range(iso("2022-01-02"), iso("2022-01-01")), std::invalid_argument);
}

TEST(DayOfTimestamp, SaysTheStoredDateInWords) {
    EXPECT_EQ(day_of_timestamp("2026-12-03T17:41:09Z"), "3 de diciembre de 2026");
    EXPECT_EQ(day_of_timestamp("2026-12-03"), "3 de diciembre de 2026");
    EXPECT_EQ(day_of_timestamp("ayer"), "ayer");
}

TEST(LocalMomentOfTimestamp, SaysWhenMexicoCitysClocksShowedIt) {
    EXPECT_EQ(local_moment_of_timestamp("2026-12-03T17:41:09Z"), "3 de diciembre de 2026, 11:41");
    // Past midnight in UTC is still the evening before in Mexico City.
    EXPECT_EQ(local_moment_of_timestamp("2027-01-01T03:05:00Z"), "31 de diciembre de 2026, 21:05");
    EXPECT_EQ(local_moment_of_timestamp("ayer"), "ayer");
    EXPECT_EQ(local_moment_of_timestamp("2026-12-03"), "2026-12-03");
}

TEST(TimeInWords, SaysHoursAndMinutesAsMinutesDo) {
    using common::TimeOfDay;
    EXPECT_EQ(time_in_words(TimeOfDay::from_hm(10, 25)), "las diez horas con veinticinco minutos");
    EXPECT_EQ(time_in_words(TimeOfDay::from_hm(10, 0)), "las diez horas");
    EXPECT_EQ(time_in_words(TimeOfDay::from_hm(1, 1)), "la una hora con un minuto");
    EXPECT_EQ(time_in_words(TimeOfDay::from_hm(21, 21)),
              "las veintiuna horas con veintiún minutos");
    EXPECT_EQ(time_in_words(TimeOfDay::from_hm(0, 30)), "las cero horas con treinta minutos");
}

}  // namespace
}  // namespace vincula::lang
