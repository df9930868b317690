// API tokens through their life: made with or without an expiry, listed to
// their owner (administrators: everyone's) without the secret, noted when
// used, and revoked at once, by API, web page or command line.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

class ApiTokens : public ApiTest {
protected:
    HttpClient bearer(const std::string& token) {
        HttpClient client(m_server->url());
        client.add_header("Authorization: Bearer " + token);
        return client;
    }
};

TEST_F(ApiTokens, AnOwnerListsAndRevokesTheirTokensEffectiveAtOnce) {
    auto staff = m_server->signed_in(Role::Capturist);
    auto made = staff.post("/api/v1/tokens", R"({"label": "tablero", "expires_in_days": 30})");
    ASSERT_EQ(made.status, 201) << made.body;
    auto created = made.json();
    auto token = created["token"].get<std::string>();
    EXPECT_EQ(created["expires_at"].get<std::string>().size(), 20u);
    auto integration = bearer(token);
    ASSERT_EQ(integration.get("/api/v1/people").status, 200);

    auto listed = staff.get("/api/v1/tokens");
    ASSERT_EQ(listed.status, 200) << listed.body;
    auto rows = listed.json()["registros"];
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0]["label"], "tablero");
    EXPECT_EQ(rows[0]["last_used_at"].get<std::string>().size(), 10u) << "used today";
    EXPECT_EQ(listed.body.find(token), std::string::npos) << "the secret is never listed";
    for (const auto& row : rows) {
        EXPECT_EQ(row["email"], email_of(Role::Capturist)) << "only one's own";
    }
    // Someone else's token is not another user's to revoke.
    auto id = std::to_string(rows[0]["id"].get<long long>());
    EXPECT_EQ(m_server->signed_in(Role::Council).remove("/api/v1/tokens/" + id).status, 404);
    EXPECT_EQ(integration.get("/api/v1/people").status, 200);

    EXPECT_EQ(staff.remove("/api/v1/tokens/" + id).status, 204);
    EXPECT_EQ(integration.get("/api/v1/people").status, 401);
    EXPECT_EQ(staff.remove("/api/v1/tokens/" + id).status, 404);
    auto history = as(Role::Administrator).get("/api/v1/audit?array=api_tokens").json();
    ASSERT_EQ(history["registros"].size(), 1u) << history.dump();
    EXPECT_EQ(history["registros"][0]["action"], "revocar_token");
    EXPECT_EQ(history["registros"][0]["actor"], email_of(Role::Capturist));
}

TEST_F(ApiTokens, AnExpiredTokenNoLongerOpensTheApi) {
    auto made = m_server->signed_in(Role::Capturist)
                    .post("/api/v1/tokens", R"({"label": "prueba", "expires_in_days": 1})");
    ASSERT_EQ(made.status, 201);
    auto integration = bearer(made.json()["token"].get<std::string>());
    ASSERT_EQ(integration.get("/api/v1/people").status, 200);
    auto expired = run_process({"sqlite3", m_server->database(),
                                "UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00Z' "
                                "WHERE label = 'prueba';"});
    ASSERT_EQ(expired.exit_code, 0) << expired.err;
    EXPECT_EQ(integration.get("/api/v1/people").status, 401);
    auto refused = m_server->signed_in(Role::Capturist)
                       .post("/api/v1/tokens", R"({"label": "x", "expires_in_days": 0})");
    EXPECT_EQ(refused.status, 422);
}

TEST_F(ApiTokens, AnAdministratorSeesEveryTokenAndTheCommandLineRevokesOne) {
    auto made = run_vincula({"user", "token", "--db", m_server->database(), "--email",
                             email_of(Role::Council), "--label", "informe semanal",
                             "--expires-days", "90"});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto integration = bearer(made.out.substr(0, made.out.find('\n')));
    ASSERT_EQ(integration.get("/api/v1/sesion").status, 200);

    auto all = as(Role::Administrator).get("/api/v1/tokens").json()["registros"];
    long long id = 0;
    for (const auto& row : all) {
        if (row["label"] == "informe semanal") {
            id = row["id"];
            EXPECT_EQ(row["email"], email_of(Role::Council));
            EXPECT_FALSE(row["expires_at"].get<std::string>().empty());
        }
    }
    ASSERT_GT(id, 0) << all.dump();
    auto listed = run_vincula({"user", "tokens", "--db", m_server->database()});
    EXPECT_NE(listed.out.find("informe semanal"), std::string::npos) << listed.out;

    auto revoked = run_vincula(
        {"user", "token", "--db", m_server->database(), "--revoke", std::to_string(id)});
    ASSERT_EQ(revoked.exit_code, 0) << revoked.err;
    EXPECT_EQ(integration.get("/api/v1/sesion").status, 401);
    auto again = run_vincula(
        {"user", "token", "--db", m_server->database(), "--revoke", std::to_string(id)});
    EXPECT_NE(again.exit_code, 0);
    EXPECT_NE(again.err.find("no hay un token número"), std::string::npos) << again.err;
}

TEST_F(ApiTokens, MiCuentaListsMakesAndRevokesTokens) {
    auto staff = m_server->signed_in(Role::Capturist);
    auto page = staff.get("/cuenta");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Tokens de API"), std::string::npos);
    auto made = staff.send("POST", "/cuenta/tokens", "label=planilla&dias=7",
                           {"Content-Type: application/x-www-form-urlencoded"});
    ASSERT_EQ(made.status, 201) << made.body.substr(0, 500);
    EXPECT_NE(made.body.find("no se volverá a mostrar"), std::string::npos);
    auto rows = staff.get("/api/v1/tokens").json()["registros"];
    ASSERT_FALSE(rows.empty());
    auto id = std::to_string(rows[0]["id"].get<long long>());
    auto revoked = staff.send("POST", "/cuenta/tokens/" + id + "/revocar", "",
                              {"Content-Type: application/x-www-form-urlencoded"});
    EXPECT_EQ(revoked.status, 303) << revoked.body.substr(0, 300);
    auto remaining = staff.get("/api/v1/tokens").json();
    for (const auto& row : remaining["registros"]) {
        EXPECT_NE(std::to_string(row["id"].get<long long>()), id) << "still listed";
    }
    // The public is sent to sign in.
    auto anonymous = as(Role::Public).get("/cuenta");
    EXPECT_EQ(anonymous.status, 303);
    EXPECT_NE(anonymous.header("Location").find("/entrar"), std::string::npos);
}

}  // namespace
}  // namespace vincula::testing
