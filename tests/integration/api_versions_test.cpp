// Lost updates: every record has a version (its ETag); a change sent for an
// older version is refused with 412 and writes nothing; changes of
// different fields made at the same moment both land; a form opened before
// someone else saved says who did, instead of undoing their change.
#include <regex>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

class ApiVersions : public ApiTest {};

TEST_F(ApiVersions, AChangeForAnOlderVersionIsRefusedAndWritesNothing) {
    auto client = as(Role::Capturist);
    auto read = client.get("/api/v1/people/eer");
    ASSERT_EQ(read.status, 200) << read.body;
    auto seen = read.header("ETag");
    ASSERT_EQ(seen.size(), 26u) << seen;
    // Another change lands first.
    auto first = client.patch("/api/v1/people/eer", R"({"name": "Erika Estrada Ruiz, primera"})");
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_NE(first.header("ETag"), seen);

    auto stale = client.send("PATCH", "/api/v1/people/eer", R"({"name": "Otra"})",
                             {"Content-Type: application/json", "If-Match: " + seen});
    ASSERT_EQ(stale.status, 412) << stale.body;
    EXPECT_EQ(stale.json()["errores"][0]["regla"], "version_distinta");
    EXPECT_EQ(client.get("/api/v1/people/eer").json()["name"], "Erika Estrada Ruiz, primera");
    auto removed = client.send("DELETE", "/api/v1/sessions/o9-2021", "", {"If-Match: \"viejo\""});
    EXPECT_EQ(removed.status, 412) << removed.body;

    auto current =
        client.send("PATCH", "/api/v1/people/eer", R"({"name": "Erika Estrada Ruiz"})",
                    {"Content-Type: application/json", "If-Match: " + first.header("ETag")});
    EXPECT_EQ(current.status, 200) << current.body;
}

TEST_F(ApiVersions, ChangesOfDifferentFieldsAtTheSameMomentBothLand) {
    int lost = 0;
    for (int round = 0; round < 40; ++round) {
        auto title = "Título " + std::to_string(round);
        auto votes = round + 1;
        std::thread one([&] {
            as(Role::Capturist)
                .patch("/api/v1/agreements/CVOE/036/21", Json{{"title", title}}.dump());
        });
        std::thread two([&] {
            as(Role::Administrator)
                .patch("/api/v1/agreements/CVOE/036/21", Json{{"votes_for", votes}}.dump());
        });
        one.join();
        two.join();
        auto now = as(Role::Capturist).get("/api/v1/agreements/CVOE/036/21").json();
        lost += now["title"] != title || now["votes_for"] != votes;
    }
    EXPECT_EQ(lost, 0) << lost << " of 40 rounds lost a change";
}

TEST_F(ApiVersions, AFormOpenedBeforeAnotherSaveSaysWhoChangedTheRecord) {
    auto staff = m_server->signed_in(Role::Capturist);
    auto form = staff.get("/registros/people/editar/eer");
    ASSERT_EQ(form.status, 200);
    std::smatch found;
    ASSERT_TRUE(
        std::regex_search(form.body, found, std::regex(R"(name="version" value="([^"]+)\")")))
        << "the form carries the version";
    // As a browser sends it: the page's &quot; is a quote, and a quote in a
    // form body is %22.
    auto version = std::regex_replace(found[1].str(), std::regex("&quot;"), "%22");
    ASSERT_EQ(as(Role::Administrator)
                  .patch("/api/v1/people/eer", R"({"name": "Erika Estrada Ruiz, consejera"})")
                  .status,
              200);
    auto saved = staff.send("POST", "/registros/people/editar/eer",
                            "key=eer&name=Erika+Estrada&version=" + version,
                            {"Content-Type: application/x-www-form-urlencoded"});
    EXPECT_EQ(saved.status, 409) << saved.body.substr(0, 400);
    EXPECT_NE(saved.body.find("Mientras editaba, " + email_of(Role::Administrator)),
              std::string::npos);
    EXPECT_EQ(as(Role::Capturist).get("/api/v1/people/eer").json()["name"],
              "Erika Estrada Ruiz, consejera")
        << "the other change stays";
}

}  // namespace
}  // namespace vincula::testing
