// The follow-up page (/seguimiento) shows, for the commission and quarter
// chosen, what its report counts: the INE sessions, SIVOPLE reports and
// election notes recorded under the commission's programme and dated in
// the quarter; not another commission's.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// How many rows the table of the section titled `heading` has.
std::size_t rows_under(const std::string& body, const std::string& heading) {
    auto start = body.find(heading);
    if (start == std::string::npos) {
        return 0;
    }
    auto end = body.find("</section>", start);
    std::size_t rows = 0;
    for (auto at = body.find("<tr><td>", start); at != std::string::npos && at < end;
         at = body.find("<tr><td>", at + 1)) {
        ++rows;
    }
    return rows;
}

// «2021-T4» and its first and last days, for a date «2021-11-05».
struct Quarter {
    std::string name;
    std::string from;
    std::string to;
};

Quarter quarter_of(const std::string& date) {
    int month = std::stoi(date.substr(5, 2));
    int quarter = (month - 1) / 3 + 1;
    static const char* const FIRST[] = {"01-01", "04-01", "07-01", "10-01"};
    static const char* const LAST[] = {"03-31", "06-30", "09-30", "12-31"};
    auto year = date.substr(0, 4);
    return Quarter{year + "-T" + std::to_string(quarter), year + "-" + FIRST[quarter - 1],
                   year + "-" + LAST[quarter - 1]};
}

TEST(FollowUpPage, ShowsTheCommissionsQuarterAsItsReportCountsIt) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto api = server->client(Role::Capturist);
    auto staff = server->signed_in(Role::Capturist);
    auto programmes = every_page(api, "/api/v1/work_programmes?limit=500");
    auto sessions = every_page(api, "/api/v1/external_sessions?limit=500");
    std::set<std::string> commissions;
    for (const auto& programme : programmes) {
        commissions.insert(programme["commission"].get<std::string>());
    }
    ASSERT_GE(commissions.size(), 2u) << "the synthetic institute has two commissions";
    // Three quarters with sessions: the first, one between, the last.
    std::vector<Quarter> quarters;
    for (auto at : {std::size_t{0}, sessions.size() / 2, sessions.size() - 1}) {
        quarters.push_back(quarter_of(sessions.at(at)["date"].get<std::string>()));
    }
    std::size_t pages_with_rows = 0;
    for (const auto& commission : commissions) {
        std::set<std::string> own;  // the commission's programmes
        for (const auto& programme : programmes) {
            if (programme["commission"] == commission) {
                own.insert(programme["key"].get<std::string>() + "/");
            }
        }
        for (const auto& quarter : quarters) {
            std::size_t expected = 0;
            for (const auto& session : sessions) {
                auto date = session["date"].get<std::string>();
                auto action = session["action"].get<std::string>();
                bool owned = false;
                for (const auto& prefix : own) {
                    owned = owned || action.starts_with(prefix);
                }
                expected += owned && date >= quarter.from && date <= quarter.to ? 1 : 0;
            }
            auto page =
                staff.get("/seguimiento?comision=" + commission + "&trimestre=" + quarter.name);
            ASSERT_EQ(page.status, 200) << commission << " " << quarter.name;
            EXPECT_EQ(rows_under(page.body, "Sesiones del INE a las que se dio seguimiento"),
                      expected)
                << commission << " " << quarter.name;
            pages_with_rows += expected > 0 ? 1 : 0;
        }
    }
    EXPECT_GT(pages_with_rows, 1u) << "the quarters asked hold sessions to show";
}

}  // namespace
}  // namespace vincula::testing
