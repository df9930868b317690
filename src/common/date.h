#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace vincula::common {

// A calendar date. Parsing is strict ISO 8601 (YYYY-MM-DD) and refuses
// impossible days such as 2021-02-30; the weekday is always computed.
class Date {
public:
    // 1970-01-01; records are default-constructed before their fields are read.
    Date() : m_ymd(std::chrono::year{1970}, std::chrono::month{1}, std::chrono::day{1}) {}
    static std::optional<Date> parse_iso(std::string_view text);
    static Date from_ymd(int year, unsigned month, unsigned day);
    static Date from_days(std::chrono::sys_days days);

    int year() const { return static_cast<int>(m_ymd.year()); }
    unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
    unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }
    // 0 = Sunday … 6 = Saturday, as std::chrono::weekday::c_encoding().
    unsigned weekday() const;
    std::chrono::sys_days days() const { return std::chrono::sys_days{m_ymd}; }

    std::string to_iso() const;
    Date plus_days(int days) const;

    auto operator<=>(const Date& other) const { return days() <=> other.days(); }
    bool operator==(const Date& other) const { return m_ymd == other.m_ymd; }

private:
    explicit Date(std::chrono::year_month_day ymd) : m_ymd(ymd) {}
    std::chrono::year_month_day m_ymd;
};

// A time of day, minutes precision, parsed from HH:MM.
class TimeOfDay {
public:
    TimeOfDay() = default;  // 00:00
    static std::optional<TimeOfDay> parse(std::string_view text);
    static TimeOfDay from_hm(int hour, int minute);  // both in range
    int hour() const { return m_hour; }
    int minute() const { return m_minute; }
    std::string to_string() const;
    auto operator<=>(const TimeOfDay&) const = default;

private:
    TimeOfDay(int hour, int minute) : m_hour(hour), m_minute(minute) {}
    int m_hour = 0;
    int m_minute = 0;
};

// A date and time on the wall clocks of one place.
struct LocalMoment {
    Date date;
    TimeOfDay time;
    auto operator<=>(const LocalMoment&) const = default;
};

// The wall-clock time in Mexico City at `instant`. The city has kept
// UTC−6 all year since the 2022 reform abolished daylight saving time.
LocalMoment mexico_city_time(std::chrono::system_clock::time_point instant);

// Whole years between `birth` and `on` (the age someone has on a date).
int age_on(const Date& birth, const Date& on);

}  // namespace vincula::common
