// «Convenios» over generated data: the count says how many the filters
// choose (counted by the store when only columns filter), each row is one
// of them, and the public reads those in force alone, whichever way the
// list is read.
#include <regex>
#include <set>
#include <string>

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
    EXPECT_EQ(keys_in(page.body), every);

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
        EXPECT_EQ(keys_in(filtered.body), in_force) << path;
    }

    // The public reads the registry in force, even when it asks for more.
    auto visitor = server->client(Role::Public);
    for (const std::string path : {"/convenios", "/convenios?estado=concluido"}) {
        auto public_page = visitor.get(path);
        ASSERT_EQ(public_page.status, 200) << path;
        EXPECT_NE(public_page.body.find(counted(in_force.size())), std::string::npos) << path;
        EXPECT_EQ(keys_in(public_page.body), in_force) << path;
    }

    // A year of signature is offered for every year the registry spans.
    EXPECT_NE(page.body.find("<option value=\"2015\">2015</option>"), std::string::npos);
    EXPECT_NE(page.body.find("<option value=\"2016\">2016</option>"), std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
