// «Sesiones» over generated data (two years of two commissions): a page of
// the newest sessions at a time, the next reached by its link, every
// session once and in date order; one commission's alone when it is chosen,
// in the page and in its downloads.
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// The sessions a page links to, in its order, and its link onwards.
struct ListedPage {
    std::vector<std::string> keys;
    std::string older;
};

std::string unescaped(std::string text) {
    for (std::size_t at = text.find("&amp;"); at != std::string::npos; at = text.find("&amp;")) {
        text.replace(at, 5, "&");
    }
    return text;
}

ListedPage listed(const std::string& body) {
    ListedPage page;
    static const std::regex row(R"re(<td><a href="/sesiones/([^"/?]+)">)re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), row);
         it != std::sregex_iterator(); ++it) {
        page.keys.push_back((*it)[1]);
    }
    static const std::regex older(R"re(<a href="([^"]+)">Sesiones anteriores)re");
    std::smatch found;
    if (std::regex_search(body, found, older)) {
        page.older = unescaped(found[1]);
    }
    return page;
}

struct Stored {
    std::string key;
    std::string commission;
    std::string date;
};

std::vector<Stored> every_session(HttpClient& api) {
    auto answer = api.get("/api/v1/sessions?limit=500");
    EXPECT_EQ(answer.status, 200);
    auto json = answer.json();
    std::vector<Stored> sessions;
    for (const auto& session : json["registros"]) {
        sessions.push_back({session["key"], session["commission"], session["date"]});
    }
    return sessions;
}

// Follows «Sesiones anteriores» from `first` to the last page.
std::vector<std::string> every_listed(HttpClient& staff, const std::string& first, int& pages) {
    std::vector<std::string> keys;
    std::string path = first;
    pages = 0;
    while (!path.empty() && pages < 20) {
        auto answer = staff.get(path);
        EXPECT_EQ(answer.status, 200) << path;
        auto page = listed(answer.body);
        EXPECT_LE(page.keys.size(), 50u);
        keys.insert(keys.end(), page.keys.begin(), page.keys.end());
        path = page.older;
        ++pages;
    }
    return keys;
}

TEST(SessionList, PagesThroughEverySessionNewestFirstAndByCommission) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto staff = server->signed_in(Role::Capturist);
    auto api = server->client(Role::Capturist);
    auto stored = every_session(api);
    ASSERT_GT(stored.size(), 50u) << "the data must fill more than one page";
    std::map<std::string, Stored> by_key;
    for (const auto& session : stored) {
        by_key[session.key] = session;
    }

    int pages = 0;
    auto keys = every_listed(staff, "/sesiones", pages);
    EXPECT_GE(pages, 2);
    EXPECT_EQ(keys.size(), stored.size());
    EXPECT_EQ(std::set(keys.begin(), keys.end()).size(), keys.size()) << "a session twice";
    for (std::size_t i = 1; i < keys.size(); ++i) {
        EXPECT_GE(by_key[keys[i - 1]].date, by_key[keys[i]].date) << keys[i - 1] << " " << keys[i];
    }

    // Each row counts the agreements its session adopted.
    auto first_page = staff.get("/sesiones").body;
    for (const auto& key : std::vector<std::string>(keys.begin(), keys.begin() + 10)) {
        auto adopted = api.get("/api/v1/agreements?limit=500&session=" + key).json();
        auto row = first_page.find("<a href=\"/sesiones/" + key + "\">");
        ASSERT_NE(row, std::string::npos) << key;
        auto end = first_page.find("</tr>", row);
        auto cell = "<td>" + std::to_string(adopted["registros"].size()) + "</td></tr>";
        EXPECT_EQ(first_page.substr(end + 5 - cell.size(), cell.size()), cell) << key;
    }

    auto commission = stored.front().commission;
    auto chosen = every_listed(staff, "/sesiones?comision=" + commission, pages);
    std::size_t expected = 0;
    for (const auto& session : stored) {
        expected += session.commission == commission;
    }
    EXPECT_EQ(chosen.size(), expected);
    for (const auto& key : chosen) {
        EXPECT_EQ(by_key[key].commission, commission) << key;
    }

    // Its calendar file holds that commission's sessions and no other's.
    auto calendar = staff.get("/sesiones?comision=" + commission + "&formato=ics");
    ASSERT_EQ(calendar.status, 200);
    std::size_t events = 0;
    for (auto at = calendar.body.find("BEGIN:VEVENT"); at != std::string::npos;
         at = calendar.body.find("BEGIN:VEVENT", at + 1)) {
        ++events;
    }
    EXPECT_EQ(events, expected);

    // A link to a page of a list that no longer reads so: its first page.
    auto stale = staff.get("/sesiones?cursor=no-es-un-cursor");
    EXPECT_EQ(stale.status, 303);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
