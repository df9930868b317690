// The progress form of a convenio's page offers the sessions of the
// commissions that already follow the convenio, and every commission's when
// nobody does yet, and then the actions of the chosen session's programme;
// only those who may report progress get the form.
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/spanish_lint.h"

namespace vincula::testing {
namespace {

// The values of the options of the progress form's select `id`.
std::set<std::string> offered(const std::string& body, const std::string& id) {
    std::set<std::string> values;
    auto start = body.find("<select id=\"" + id + "\"");
    if (start == std::string::npos) {
        return values;
    }
    auto end = body.find("</select>", start);
    std::string options = body.substr(start, end - start);
    static const std::regex option(R"re(<option value="([^"]+)")re");
    for (auto it = std::sregex_iterator(options.begin(), options.end(), option);
         it != std::sregex_iterator(); ++it) {
        values.insert((*it)[1]);
    }
    return values;
}

// The sessions the progress form offers, and the actions.
std::set<std::string> offered_sessions(const std::string& body) {
    return offered(body, "avance-sesion");
}

std::set<std::string> offered_actions(const std::string& body) {
    return offered(body, "avance-accion");
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

TEST(ConvenioProgressForm, OffersTheActionsOfTheChosenSessionAndAsksWhenNoneIsObvious) {
    auto server = ApiServer::start();
    auto api = server->client(Role::Capturist);
    auto staff = server->signed_in(Role::Capturist);
    // A programme of 2022 with two actions about convenios, and a session of
    // that year: no action is the obvious one.
    auto programme = api.post(
        "/api/v1/work_programmes",
        R"({"key": "pat-2022", "commission": "CVOE", "year": 2022, "lines": [{"number": 1,)"
        R"( "title": "Convenios", "actions": [{"letter": "A", "text": "Dar seguimiento a los)"
        R"( convenios vigentes"}, {"letter": "B", "text": "Difundir los convenios firmados"}]}]})");
    ASSERT_EQ(programme.status, 201) << programme.body;
    auto session = api.post(
        "/api/v1/sessions",
        R"({"key": "e9-2022", "commission": "CVOE", "year": 2022, "type": "extraordinaria",)"
        R"( "number": 9, "date": "2022-03-15", "modality": "a_distancia", "status": "celebrada"})");
    ASSERT_EQ(session.status, 201) << session.body;

    // Before a session is chosen, only the obvious action is offered; the
    // session's choice brings its programme's actions, and only those.
    auto page = staff.get("/convenios/c-jce");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(offered_actions(page.body).empty());
    EXPECT_NE(page.body.find("hx-get=\"/convenios/c-jce/acciones\""), std::string::npos);
    EXPECT_EQ(offered_actions(staff.get("/convenios/c-jce/acciones?session=e9-2022").body),
              (std::set<std::string>{"pat-2022/1/A", "pat-2022/1/B"}));
    auto of_2021 = offered_actions(staff.get("/convenios/c-jce/acciones?session=o12-2021").body);
    EXPECT_TRUE(of_2021.contains("pat-2021/2/C"));
    EXPECT_FALSE(of_2021.contains("pat-2022/1/A"));
    EXPECT_TRUE(offered_actions(staff.get("/convenios/c-jce/acciones?session=nada").body).empty());

    // Saved without an action where none is obvious: nothing is saved, and
    // the answer asks for the action with what was written kept.
    auto before = api.get("/api/v1/convenio_progress?convenio=c-jce").json()["registros"].size();
    const std::vector<std::string> form{"Content-Type: application/x-www-form-urlencoded"};
    auto asked = staff.send("POST", "/convenios/c-jce/avances",
                            "session=e9-2022&text=Se+difundi%C3%B3+el+convenio", form);
    EXPECT_EQ(asked.status, 422);
    EXPECT_EQ(offered_actions(asked.body), (std::set<std::string>{"pat-2022/1/A", "pat-2022/1/B"}));
    EXPECT_NE(asked.body.find("name=\"session\" value=\"e9-2022\""), std::string::npos);
    EXPECT_NE(asked.body.find(">Se difundió el convenio</textarea>"), std::string::npos);
    EXPECT_EQ(spanish_problems(visible_text(asked.body)), std::vector<std::string>{});
    EXPECT_EQ(api.get("/api/v1/convenio_progress?convenio=c-jce").json()["registros"].size(),
              before);
    auto saved = staff.send("POST", "/convenios/c-jce/avances",
                            "session=e9-2022&action=pat-2022%2F1%2FB&text=Se+difundi%C3%B3", form);
    EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 400);
    auto rows = api.get("/api/v1/convenio_progress?convenio=c-jce").json()["registros"];
    ASSERT_EQ(rows.size(), before + 1);
    bool found = false;
    for (const auto& row : rows) {
        found = found || (row["session"] == "e9-2022" && row["action"] == "pat-2022/1/B");
    }
    EXPECT_TRUE(found) << rows.dump();

    // Whoever may not report progress is not offered the choices either.
    EXPECT_EQ(
        server->signed_in(Role::Council).get("/convenios/c-jce/acciones?session=e9-2022").status,
        403);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
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
