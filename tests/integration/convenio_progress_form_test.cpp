// The progress form of a convenio's page offers the sessions of the
// commissions that already follow the convenio, and every commission's when
// nobody does yet; only those who may report progress get the form.
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// The values of the session choices of the progress form.
std::set<std::string> offered_sessions(const std::string& body) {
    std::set<std::string> offered;
    auto start = body.find("<select id=\"avance-sesion\"");
    if (start == std::string::npos) {
        return offered;
    }
    auto end = body.find("</select>", start);
    std::string options = body.substr(start, end - start);
    static const std::regex option(R"re(<option value="([^"]+)")re");
    for (auto it = std::sregex_iterator(options.begin(), options.end(), option);
         it != std::sregex_iterator(); ++it) {
        offered.insert((*it)[1]);
    }
    return offered;
}

std::string commission_of(HttpClient& api, const std::string& session) {
    auto answer = api.get("/api/v1/sessions/" + session);
    EXPECT_EQ(answer.status, 200) << session;
    return answer.json()["commission"].get<std::string>();
}

TEST(ConvenioProgressForm, OffersTheSessionsOfTheCommissionsThatFollowTheConvenio) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto api = server->client(Role::Capturist);
    auto staff = server->signed_in(Role::Capturist);
    auto progress = api.get("/api/v1/convenio_progress?limit=1").json()["registros"][0];
    auto convenio = progress["convenio"].get<std::string>();
    auto follower = commission_of(api, progress["session"].get<std::string>());

    auto page = staff.get("/convenios/" + convenio);
    ASSERT_EQ(page.status, 200);
    auto offered = offered_sessions(page.body);
    ASSERT_FALSE(offered.empty()) << page.body;
    for (const auto& session : offered) {
        EXPECT_EQ(commission_of(api, session), follower) << session;
    }

    // A convenio nobody follows yet: every commission's sessions.
    auto created =
        api.post("/api/v1/convenios", R"({"key": "c-sin-seguimiento", "type": "colaboracion",)"
                                      R"( "counterparts": ["org5"], "status": "en_gestion"})");
    ASSERT_EQ(created.status, 201) << created.body;
    auto unfollowed = offered_sessions(staff.get("/convenios/c-sin-seguimiento").body);
    std::set<std::string> commissions;
    for (const auto& session : unfollowed) {
        commissions.insert(commission_of(api, session));
    }
    EXPECT_GT(unfollowed.size(), offered.size());
    EXPECT_EQ(commissions.size(), 2u) << "both commissions of the synthetic institute";
}

TEST(ConvenioProgressForm, IsNotOfferedToWhoeverMayNotReportProgress) {
    auto& server = ApiServer::shared();
    auto council = server.signed_in(Role::Council);
    auto page = council.get("/convenios/c-jce");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(offered_sessions(page.body).empty());
    EXPECT_EQ(page.body.find("avance-accion"), std::string::npos);
}

}  // namespace
}  // namespace vincula::testing
