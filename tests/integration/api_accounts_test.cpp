// Signing in and out, password changes, API tokens and new users, as the
// people who use them meet them: the cookie a browser keeps, the limits on
// guessing, the sessions that end when they should.
#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

std::string credentials(const std::string& email, std::string_view password) {
    return Json{{"email", email}, {"password", std::string(password)}}.dump();
}

class ApiAccounts : public ApiTest {
protected:
    HttpClient browser() const { return HttpClient(m_server->url()); }

    // A client that sends only this session cookie, as a copy of a stolen
    // or kept cookie would.
    HttpClient with_cookie(const std::string& value) const {
        HttpClient client(m_server->url());
        client.add_header("Cookie: vincula_sesion=" + value);
        return client;
    }
};

TEST_F(ApiAccounts, SigningInSetsAnHttpOnlyStrictSessionCookie) {
    auto client = browser();
    auto answer = client.post("/api/v1/sesion", credentials(email_of(Role::Capturist), PASSWORD));
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["email"], email_of(Role::Capturist));
    EXPECT_EQ(answer.json()["role"], "capturista");
    EXPECT_FALSE(answer.json().contains("password_hash"));
    auto cookie = answer.header("Set-Cookie");
    EXPECT_TRUE(cookie.starts_with("vincula_sesion=")) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
    // Plain HTTP here: Secure only when served behind TLS (--secure-cookies).
    EXPECT_EQ(cookie.find("Secure"), std::string::npos) << cookie;
    EXPECT_FALSE(client.cookie("vincula_sesion").empty());
    auto me = client.get("/api/v1/sesion");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["email"], email_of(Role::Capturist));
    EXPECT_EQ(client.get("/api/v1/people").status, 200);
}

TEST_F(ApiAccounts, BehindTlsTheSessionCookieIsSecureToo) {
    auto server = ApiServer::start(Seed::Demo, {"--secure-cookies"});
    HttpClient client(server->url());
    auto answer = client.post("/api/v1/sesion", credentials(email_of(Role::Capturist), PASSWORD));
    ASSERT_EQ(answer.status, 200) << answer.body;
    auto cookie = answer.header("Set-Cookie");
    EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
}

TEST_F(ApiAccounts, AWrongPasswordOrUnknownAccountIsRefusedAlike) {
    auto client = browser();
    auto wrong = client.post("/api/v1/sesion", credentials(email_of(Role::Capturist), "otra"));
    ASSERT_EQ(wrong.status, 401) << wrong.body;
    EXPECT_EQ(wrong.json()["errores"][0]["regla"], "credenciales_invalidas");
    EXPECT_EQ(wrong.header("Set-Cookie"), "");
    EXPECT_EQ(client.get("/api/v1/sesion").status, 401);
    // Whether the account exists is not told.
    auto unknown = client.post("/api/v1/sesion", credentials("nadie@vincula.test", "otra"));
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.body, wrong.body);
}

TEST_F(ApiAccounts, AfterFiveFailuresThatAddressWaitsButNoOneElseIsLockedOut) {
    auto client = browser();
    auto email = email_of(Role::Capturist);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        EXPECT_EQ(client.post("/api/v1/sesion", credentials(email, "adivinanza")).status, 401)
            << "attempt " << attempt;
    }
    auto held = client.post("/api/v1/sesion", credentials(email, PASSWORD));
    ASSERT_EQ(held.status, 429) << held.body;
    EXPECT_EQ(held.json()["errores"][0]["regla"], "demasiados_intentos");
    EXPECT_EQ(held.header("Retry-After"), "1");
    EXPECT_EQ(held.header("Set-Cookie"), "");
    // Whoever guesses from one address holds up no one else: the account's
    // owner, elsewhere, signs in; so does another account.
    auto owner = browser();
    owner.from_address("127.0.0.2");
    EXPECT_EQ(owner.post("/api/v1/sesion", credentials(email, PASSWORD)).status, 200);
    auto other = browser().post("/api/v1/sesion", credentials(email_of(Role::Council), PASSWORD));
    EXPECT_EQ(other.status, 200) << other.body;
    // The wait grows with every failure after it, and ends.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(client.post("/api/v1/sesion", credentials(email, "adivinanza")).status, 401);
    auto longer = client.post("/api/v1/sesion", credentials(email, PASSWORD));
    EXPECT_EQ(longer.status, 429);
    EXPECT_EQ(longer.header("Retry-After"), "2");
}

// Guesses sent all at once count as they would one after another: the
// sixth and later are held back, not checked.
TEST_F(ApiAccounts, ConcurrentGuessesCannotSlipPastTheCount) {
    auto email = email_of(Role::Capturist);
    std::vector<int> statuses(12, 0);
    std::vector<std::thread> guessers;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        guessers.emplace_back([&, i] {
            auto client = browser();
            client.from_address("127.0.0.3");
            statuses[i] = client.post("/api/v1/sesion", credentials(email, "adivinanza")).status;
        });
    }
    for (auto& guesser : guessers) {
        guesser.join();
    }
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), 7);
}

TEST_F(ApiAccounts, SigningOutEndsTheSession) {
    auto client = m_server->signed_in(Role::Council);
    auto kept = client.cookie("vincula_sesion");
    ASSERT_FALSE(kept.empty());
    auto out = client.remove("/api/v1/sesion");
    ASSERT_EQ(out.status, 204) << out.body;
    EXPECT_NE(out.header("Set-Cookie").find("Max-Age=0"), std::string::npos)
        << out.header("Set-Cookie");
    EXPECT_EQ(client.cookie("vincula_sesion"), "");
    EXPECT_EQ(client.get("/api/v1/sesion").status, 401);
    // The old cookie, kept and sent again, opens nothing.
    EXPECT_EQ(with_cookie(kept).get("/api/v1/sesion").status, 401);
    EXPECT_EQ(with_cookie(kept).get("/api/v1/memberships").status, 401);
}

// Another site's page can make the browser POST text/plain with the session
// cookie, without asking first; the API refuses any write on the cookie that
// is not JSON or comes from another origin. A token is not a browser's.
TEST_F(ApiAccounts, AWriteOnTheSessionCookieMustBeJsonFromThisSite) {
    auto client = m_server->signed_in(Role::Capturist);
    auto before = client.get("/api/v1/sessions/o11-2021").json().value("time", "");
    const std::string change = R"({"time": "07:07"})";
    auto plain =
        client.send("PATCH", "/api/v1/sessions/o11-2021", change, {"Content-Type: text/plain"});
    EXPECT_EQ(plain.status, 415) << plain.body;
    EXPECT_EQ(plain.json()["errores"][0]["regla"], "cuerpo_tipo_json");
    auto form = client.send("POST", "/api/v1/agreements", "title=x",
                            {"Content-Type: application/x-www-form-urlencoded"});
    EXPECT_EQ(form.status, 415) << form.body;
    auto foreign =
        client.send("PATCH", "/api/v1/sessions/o11-2021", change, {"Origin: https://otro.example"});
    EXPECT_EQ(foreign.status, 403) << foreign.body;
    EXPECT_EQ(foreign.json()["errores"][0]["regla"], "origen_ajeno");
    EXPECT_EQ(client.get("/api/v1/sessions/o11-2021").json().value("time", ""), before);

    auto json = client.send("PATCH", "/api/v1/sessions/o11-2021", change,
                            {"Content-Type: application/json; charset=utf-8"});
    EXPECT_EQ(json.status, 200) << json.body;
    auto token = as(Role::Capturist)
                     .send("PATCH", "/api/v1/sessions/o11-2021", R"({"time": "08:08"})",
                           {"Content-Type: text/plain"});
    EXPECT_EQ(token.status, 200) << token.body;
}

TEST_F(ApiAccounts, ChangingAPasswordEndsTheOpenSessions) {
    auto client = m_server->signed_in(Role::Council);
    ASSERT_EQ(client.get("/api/v1/sesion").status, 200);
    const std::string changed = "otra contraseña más larga";
    auto passwd = run_vincula(
        {"user", "passwd", "--db", m_server->database(), "--email", email_of(Role::Council)},
        changed + "\n");
    ASSERT_EQ(passwd.exit_code, 0) << passwd.err;
    EXPECT_EQ(client.get("/api/v1/sesion").status, 401);
    auto fresh = browser();
    EXPECT_EQ(fresh.post("/api/v1/sesion", credentials(email_of(Role::Council), PASSWORD)).status,
              401);
    EXPECT_EQ(fresh.post("/api/v1/sesion", credentials(email_of(Role::Council), changed)).status,
              200);
}

TEST_F(ApiAccounts, APasswordHashedAtTheEarlierCostIsMadeAgainWhenItsOwnerSignsIn) {
    // Stored as earlier versions hashed it: Argon2id with 64 MiB.
    const std::string earlier =
        "$argon2id$v=19$m=65536,t=2,p=1$ph0vo2NqO17bgYwkxAsRrA$"
        "DLbfEat3/XelYznYvPr7AE+kNLKg3lgcrAiEhaRNjcA";
    const std::string password = "contraseña de una versión anterior";
    auto stored_hash = [&] {
        return run_process({"sqlite3", m_server->database(),
                            "SELECT password_hash FROM users WHERE email = '" +
                                email_of(Role::Capturist) + "'"})
            .out;
    };
    auto open_elsewhere = m_server->signed_in(Role::Capturist);
    auto set = run_process({"sqlite3", m_server->database(),
                            "UPDATE users SET password_hash = '" + earlier + "' WHERE email = '" +
                                email_of(Role::Capturist) + "'"});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    auto client = browser();
    ASSERT_EQ(
        client.post("/api/v1/sesion", credentials(email_of(Role::Capturist), password)).status,
        200);
    auto now = stored_hash();
    EXPECT_NE(now.find("$m=19456,t=2,p=1$"), std::string::npos) << now;
    // The same password, not a new one: the session open elsewhere goes on.
    EXPECT_EQ(open_elsewhere.get("/api/v1/sesion").status, 200);
    // The same password opens the account with its new hash.
    EXPECT_EQ(
        browser().post("/api/v1/sesion", credentials(email_of(Role::Capturist), password)).status,
        200);
}

TEST_F(ApiAccounts, AnApiTokenWorksAsBearerAndIsStoredOnlyHashed) {
    auto made = run_vincula({"user", "token", "--db", m_server->database(), "--email",
                             email_of(Role::Capturist), "--label", "integración de pruebas"});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    auto token = made.out.substr(0, made.out.find('\n'));
    ASSERT_GE(token.size(), 32u) << made.out;
    HttpClient integration(m_server->url());
    integration.add_header("Authorization: Bearer " + token);
    auto me = integration.get("/api/v1/sesion");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["email"], email_of(Role::Capturist));
    EXPECT_EQ(integration.get("/api/v1/people").status, 200);

    HttpClient forged(m_server->url());
    forged.add_header("Authorization: Bearer " + token + "x");
    EXPECT_EQ(forged.get("/api/v1/sesion").status, 401);
    EXPECT_EQ(forged.get("/api/v1/people").status, 401);

    auto stored =
        run_process({"sqlite3", m_server->database(),
                     "SELECT token_hash FROM api_tokens; SELECT password_hash FROM users;"});
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
    EXPECT_EQ(stored.out.find(token), std::string::npos) << "the token is stored in clear";
    EXPECT_NE(stored.out.find("$argon2id$"), std::string::npos) << stored.out;
}

TEST_F(ApiAccounts, ASignedInUserCreatesTokensForTheirIntegrations) {
    auto client = m_server->signed_in(Role::Capturist);
    auto made = client.post("/api/v1/tokens", R"({"label": "hoja de cálculo"})");
    ASSERT_EQ(made.status, 201) << made.body;
    HttpClient integration(m_server->url());
    integration.add_header("Authorization: Bearer " + made.json()["token"].get<std::string>());
    EXPECT_EQ(integration.get("/api/v1/sesion").json()["email"], email_of(Role::Capturist));
}

TEST_F(ApiAccounts, AnAdministratorCreatesAUserWhoCanSignIn) {
    auto user = Json{{"email", "Nueva.Persona@vincula.test"},
                     {"name", "Nueva Persona"},
                     {"role", "capturista"},
                     {"password", "una contraseña bastante larga"}};
    auto refused = as(Role::Capturist).post("/api/v1/users", user.dump());
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(browser()
                  .post("/api/v1/sesion",
                        credentials("nueva.persona@vincula.test", "una contraseña bastante larga"))
                  .status,
              401);

    auto created = as(Role::Administrator).post("/api/v1/users", user.dump());
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json()["email"], "nueva.persona@vincula.test");
    EXPECT_FALSE(created.json().contains("password"));
    EXPECT_FALSE(created.json().contains("password_hash"));
    auto client = browser();
    auto signed_in = client.post("/api/v1/sesion", credentials("nueva.persona@vincula.test",
                                                               "una contraseña bastante larga"));
    ASSERT_EQ(signed_in.status, 200) << signed_in.body;
    EXPECT_EQ(client.get("/api/v1/sesion").json()["role"], "capturista");
    auto again = as(Role::Administrator).post("/api/v1/users", user.dump());
    EXPECT_EQ(again.status, 409) << again.body;
}

}  // namespace
}  // namespace vincula::testing
