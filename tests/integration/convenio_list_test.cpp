// «Convenios» over generated data: the count says how many the filters
// choose (counted by the store when only columns filter), each row is one
// of them, and the public reads those in force alone, whichever way the
// list is read.
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

std::set<std::string> keys_in(const std::string& body) {
    std::set<std::string> keys;
    static const std::regex row(R"re(<td><a href="/convenios/([^"/?]+)">)re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), row);
         it != std::sregex_iterator(); ++it) {
        keys.insert((*it)[1]);
    }
    return keys;
}

// The rows' keys in the order the page lists them, and what each is called.
std::vector<std::pair<std::string, std::string>> rows_in(const std::string& body) {
    std::vector<std::pair<std::string, std::string>> rows;
    static const std::regex row(R"re(<td><a href="/convenios/([^"/?]+)">([^<]*)</a>)re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), row);
         it != std::sregex_iterator(); ++it) {
        rows.emplace_back((*it)[1], (*it)[2]);
    }
    return rows;
}

// The address of the page after this one, as its link writes it.
std::string next_page(const std::string& body) {
    static const std::regex link(R"re(<a href="([^"]+)">Siguientes convenios →</a>)re");
    std::smatch found;
    if (!std::regex_search(body, found, link)) {
        return "";
    }
    return std::regex_replace(found[1].str(), std::regex("&amp;"), "&");
}

// The rows of every page of the list at `path`, following its links: no
// page has more than fifty, and no row is on two pages.
std::vector<std::pair<std::string, std::string>> rows_of_every_page(HttpClient& client,
                                                                    const std::string& path) {
    std::vector<std::pair<std::string, std::string>> rows;
    std::set<std::string> seen;
    for (std::string at = path; !at.empty();) {
        auto page = client.get(at);
        EXPECT_EQ(page.status, 200) << at;
        auto these = rows_in(page.body);
        EXPECT_LE(these.size(), 50u) << at;
        EXPECT_FALSE(these.empty()) << "a page the list links to shows rows: " << at;
        for (const auto& row : these) {
            EXPECT_TRUE(seen.insert(row.first).second) << row.first << " again on " << at;
            rows.push_back(row);
        }
        at = next_page(page.body);
        if (these.empty()) {
            break;
        }
    }
    return rows;
}

std::set<std::string> keys_of_every_page(HttpClient& client, const std::string& path) {
    std::set<std::string> keys;
    for (const auto& [key, caption] : rows_of_every_page(client, path)) {
        keys.insert(key);
    }
    return keys;
}

std::set<std::string> keys_from_api(HttpClient& api, const std::string& filter) {
    auto answer = api.get("/api/v1/convenios?limit=500" + filter);
    EXPECT_EQ(answer.status, 200);
    auto json = answer.json();
    std::set<std::string> keys;
    for (const auto& convenio : json["registros"]) {
        keys.insert(convenio["key"].get<std::string>());
    }
    return keys;
}

std::string counted(std::size_t count) {
    return "<p role=\"status\">" + std::to_string(count) + " convenio" + (count == 1 ? "" : "s") +
           ".";
}

TEST(ConvenioList, CountsAndListsWhatTheFiltersChooseForStaffAndThePublic) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto staff = server->signed_in(Role::Capturist);
    auto api = server->client(Role::Capturist);

    auto every = keys_from_api(api, "");
    ASSERT_GT(every.size(), 50u);
    auto page = staff.get("/convenios");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(counted(every.size())), std::string::npos) << page.body.substr(0, 400);
    EXPECT_EQ(keys_in(page.body).size(), 50u) << "a page of fifty, and links to the rest";
    EXPECT_EQ(keys_of_every_page(staff, "/convenios"), every);
    // A page of a list that has changed since its link was written: the first.
    auto stale = staff.get("/convenios?estado=vigente&cursor=nada");
    EXPECT_EQ(stale.status, 303);
    EXPECT_EQ(stale.header("Location"), "/convenios?estado=vigente");

    // A column's filter, counted by the store; the same filter with a
    // search that every convenio matches, read whole: the same rows.
    auto in_force = keys_from_api(api, "&status=vigente");
    ASSERT_FALSE(in_force.empty());
    ASSERT_LT(in_force.size(), every.size());
    for (const std::string path :
         {"/convenios?estado=vigente", "/convenios?estado=vigente&q=conv"}) {
        auto filtered = staff.get(path);
        ASSERT_EQ(filtered.status, 200) << path;
        EXPECT_NE(filtered.body.find(counted(in_force.size())), std::string::npos) << path;
        EXPECT_EQ(keys_of_every_page(staff, path), in_force) << path;
    }

    // The public reads the registry in force, even when it asks for more.
    auto visitor = server->client(Role::Public);
    for (const std::string path : {"/convenios", "/convenios?estado=concluido"}) {
        auto public_page = visitor.get(path);
        ASSERT_EQ(public_page.status, 200) << path;
        EXPECT_NE(public_page.body.find(counted(in_force.size())), std::string::npos) << path;
        EXPECT_EQ(keys_of_every_page(visitor, path), in_force) << path;
    }

    // A year of signature is offered for every year the registry spans.
    EXPECT_NE(page.body.find("<option value=\"2015\">2015</option>"), std::string::npos);
    EXPECT_NE(page.body.find("<option value=\"2016\">2016</option>"), std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

TEST(ConvenioList, SortsBySignatureOrNameAndFindsEveryWordInAnyOrder) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto staff = server->signed_in(Role::Capturist);
    auto api = server->client(Role::Capturist);
    auto answer = api.get("/api/v1/convenios?limit=500");
    ASSERT_EQ(answer.status, 200);
    auto convenios = answer.json()["registros"];
    std::map<std::string, std::string> signed_on;
    for (const auto& convenio : convenios) {
        signed_on[convenio["key"]] =
            convenio.contains("signed") && convenio["signed"].is_string() ? convenio["signed"] : "";
    }

    // Newest signature first and oldest first with the unsigned last (both
    // asked of the store): each row no later/earlier than the next, and
    // every convenio listed.
    for (const std::string order : {"firma-reciente", "firma-antigua"}) {
        auto rows = rows_of_every_page(staff, "/convenios?orden=" + order);
        EXPECT_EQ(rows.size(), convenios.size()) << order;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            auto before = signed_on[rows[i - 1].first];
            auto after = signed_on[rows[i].first];
            if (order == "firma-reciente") {
                EXPECT_TRUE(after.empty() || before >= after) << before << " / " << after;
            } else {
                EXPECT_TRUE(after.empty() || (!before.empty() && before <= after))
                    << before << " / " << after;
            }
        }
    }
    // By name: what each row is called, in alphabetical order.
    auto by_name = rows_of_every_page(staff, "/convenios?orden=nombre");
    ASSERT_EQ(by_name.size(), convenios.size());
    EXPECT_FALSE(by_name.front().second.empty());
    EXPECT_NE(by_name.front().second, by_name.front().first) << "a row shows its name, not its key";

    // Words of a row's name, in another order and without accents, find it.
    const auto& [key, caption] = by_name[by_name.size() / 2];
    std::vector<std::string> words;
    std::istringstream split(caption);
    for (std::string word; split >> word;) {
        if (word.size() > 4) {
            words.push_back(word);
        }
    }
    ASSERT_GE(words.size(), 2u) << caption;
    auto search = url_encode(words.back() + " " + words.front());
    auto found = staff.get("/convenios?q=" + search);
    ASSERT_EQ(found.status, 200);
    EXPECT_TRUE(keys_in(found.body).contains(key)) << search;
    auto nothing = staff.get("/convenios?q=" + url_encode(words.front() + " palabraquenoexiste"));
    EXPECT_TRUE(keys_in(nothing.body).empty());
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
