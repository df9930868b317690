// The sessions as calendars: an iCalendar file for staff calendars, and a
// month grid on a page.
#include <chrono>
#include <cstdio>
#include <ctime>

#include "api/permissions.h"
#include "lang/dates.h"
#include "lang/text.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/scoped_reads.h"
#include "web/session_pages.h"

namespace vincula::web {
namespace {

// The sessions as an iCalendar file (RFC 5545) for staff calendars: one
// event per session, all day when no time is recorded. Written here: five
// properties per event, escaped and folded as the RFC asks.
std::string ics_text(std::string_view text) {
    std::string out;
    for (char character : text) {
        if (character == '\\' || character == ';' || character == ',') {
            out += '\\';
        }
        if (character == '\n') {
            out += "\\n";
            continue;
        }
        out += character;
    }
    return out;
}

// Lines longer than 75 octets continue on the next line after a space,
// never inside a UTF-8 sequence.
std::string ics_line(std::string line) {
    std::string folded;
    std::size_t length = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        bool starts_character = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
        if (starts_character && length >= 74) {
            folded += "\r\n ";
            length = 1;
        }
        folded += line[i];
        ++length;
    }
    return folded + "\r\n";
}

std::string ics_date(const common::Date& date) {
    auto iso = date.to_iso();
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// When the file was written, in UTC, as every event's DTSTAMP.
std::string ics_now() {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[20];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

}  // namespace

api::Response sessions_calendar_file(const domain::Dataset& data,
                                     const std::vector<const domain::Session*>& sessions) {
    auto stamp = ics_now();
    std::string ics = ics_line("BEGIN:VCALENDAR") + ics_line("VERSION:2.0") +
                      ics_line("PRODID:-//Vincula//Sesiones//ES") +
                      ics_line("X-WR-CALNAME:Sesiones") +
                      ics_line("X-WR-TIMEZONE:America/Mexico_City");
    for (const auto* session : sessions) {
        auto caption = session_caption(data, *session);
        ics += ics_line("BEGIN:VEVENT");
        ics += ics_line("UID:" + ics_text(session->key) + "@vincula");
        ics += ics_line("DTSTAMP:" + stamp);
        if (session->time) {
            char start[8];
            std::snprintf(start, sizeof start, "%02d%02d00", session->time->hour(),
                          session->time->minute());
            ics += ics_line("DTSTART;TZID=America/Mexico_City:" + ics_date(session->date) + "T" +
                            start);
        } else {
            ics += ics_line("DTSTART;VALUE=DATE:" + ics_date(session->date));
        }
        ics += ics_line("SUMMARY:" + ics_text(caption.substr(0, caption.find(" · "))));
        ics += ics_line("STATUS:" + std::string(session->status == domain::SessionStatus::Cancelled
                                                    ? "CANCELLED"
                                                    : "CONFIRMED"));
        ics += ics_line("END:VEVENT");
    }
    ics += ics_line("END:VCALENDAR");
    return attachment(std::move(ics), "text/calendar; charset=utf-8", "sesiones.ics");
}

api::Response session_calendar(Request& request) {
    if (request.caller.is_public()) {
        return public_sessions(request);
    }
    if (!api::may(request.caller, api::Operation::Read, "sessions")) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    // The month asked for, or that of the latest session, or this one.
    auto asked = common::Date::parse_iso(request.query_value("mes") + "-01");
    std::optional<common::Date> latest;
    if (!asked) {
        domain::ListQuery newest;
        newest.array = "sessions";
        newest.sort = "date";
        newest.order = domain::SortOrder::Descending;
        newest.limit = 1;
        for (const auto& session : request.database.list(newest).records.sessions) {
            latest = session.date;
        }
    }
    auto shown = asked.value_or(latest.value_or(common::Date::from_days(
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()))));
    auto first = common::Date::from_ymd(shown.year(), shown.month(), 1);
    // The sessions numbered in the month's year or beside it (a session
    // may be held early in the year after its numbering's), and their
    // commissions: not the database.
    auto data = every_record(request.database, "commissions");
    for (int year = first.year() - 1; year <= first.year() + 1; ++year) {
        domain::append(data,
                       records_where(request.database, "sessions", "year", std::to_string(year)));
    }
    auto next = first.month() == 12 ? common::Date::from_ymd(first.year() + 1, 1, 1)
                                    : common::Date::from_ymd(first.year(), first.month() + 1, 1);
    auto previous = first.month() == 1 ? common::Date::from_ymd(first.year() - 1, 12, 1)
                                       : common::Date::from_ymd(first.year(), first.month() - 1, 1);
    // Weeks start on Monday, as calendars in Mexico print them.
    nlohmann::json headers = nlohmann::json::array();
    for (unsigned day = 1; day <= 7; ++day) {
        headers.push_back(lang::capitalize_first(lang::weekday_name(day % 7)));
    }
    nlohmann::json weeks = nlohmann::json::array();
    nlohmann::json week = nlohmann::json::array();
    for (unsigned blank = 0; blank < (first.weekday() + 6) % 7; ++blank) {
        week.push_back({{"day", ""}, {"sessions", nlohmann::json::array()}});
    }
    for (auto day = first; day < next; day = day.plus_days(1)) {
        nlohmann::json sessions = nlohmann::json::array();
        for (const auto& session : data.sessions) {
            if (session.date == day) {
                auto caption = session_caption(data, session);
                sessions.push_back({{"href", session_path(session.key)},
                                    {"name", caption.substr(0, caption.find(" · "))}});
            }
        }
        week.push_back({{"day", std::to_string(day.day())},
                        {"date", lang::long_date(day)},
                        {"sessions", sessions}});
        if (week.size() == 7) {
            weeks.push_back({{"days", std::move(week)}});
            week = nlohmann::json::array();
        }
    }
    if (!week.empty()) {
        while (week.size() < 7) {
            week.push_back({{"day", ""}, {"sessions", nlohmann::json::array()}});
        }
        weeks.push_back({{"days", std::move(week)}});
    }
    auto month_param = [](const common::Date& date) { return date.to_iso().substr(0, 7); };
    nlohmann::json view{{"headers", headers},
                        {"weeks", weeks},
                        {"previous", "/sesiones/calendario?mes=" + month_param(previous)},
                        {"next", "/sesiones/calendario?mes=" + month_param(next)}};
    auto title = lang::capitalize_first(lang::month_name(first.month())) + " de " +
                 std::to_string(first.year());
    return html_page(request, "Sesiones: " + title, "session_calendar", view);
}

}  // namespace vincula::web
