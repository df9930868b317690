// Accounts as an administrator keeps them: a new account invited to choose
// its password from a link that works once, a change of role, a
// deactivation that shuts the account out at once, and a form that keeps
// what was typed when it is refused.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

const std::vector<std::string> FORM = {"Content-Type: application/x-www-form-urlencoded"};
const std::string NEW_PASSWORD = "una contraseña nueva y larga";

std::string link_in(const std::string& page) {
    std::smatch found;
    std::regex link(R"re(href="(/bienvenida/[A-Za-z0-9_.-]+)")re");
    return std::regex_search(page, found, link) ? found[1].str() : "";
}

bool signs_in(HttpClient& client, const std::string& email, const std::string& password) {
    nlohmann::json body{{"email", email}, {"password", password}};
    return client.post("/api/v1/sesion", body.dump()).status == 200;
}

TEST(UserAccounts, AnInvitedPersonChoosesTheirPasswordFromALinkThatWorksOnce) {
    auto server = ApiServer::start();
    auto admin = server->signed_in(Role::Administrator);
    // No password: an invitation. The page shows the link (no mail server
    // here) and the role offered first is «Capturista».
    auto form = admin.get("/usuarios");
    EXPECT_NE(form.body.find("<option value=\"capturista\" selected>"), std::string::npos);
    auto created = admin.send("POST", "/usuarios",
                              "email=nueva%40iecm.mx&name=Ana+Nueva&role=capturista", FORM);
    ASSERT_EQ(created.status, 201) << created.body;
    auto link = link_in(created.body);
    ASSERT_FALSE(link.empty()) << created.body;
    EXPECT_NE(created.body.find("comparta este enlace"), std::string::npos);

    // Until then nobody signs in to it, whatever they type.
    HttpClient visitor(server->url());
    EXPECT_FALSE(signs_in(visitor, "nueva@iecm.mx", ""));

    auto welcome = visitor.get(link);
    ASSERT_EQ(welcome.status, 200);
    EXPECT_NE(welcome.body.find("nueva@iecm.mx"), std::string::npos);
    auto mismatched = visitor.send(
        "POST", link, "password=una+contrase%C3%B1a+nueva+y+larga&repeated=otra+cosa+distinta",
        FORM);
    EXPECT_EQ(mismatched.status, 422);
    EXPECT_NE(mismatched.body.find("no coinciden"), std::string::npos);
    auto chosen = visitor.send("POST", link,
                               "password=una+contrase%C3%B1a+nueva+y+larga&repeated=una+contrase%"
                               "C3%B1a+nueva+y+larga",
                               FORM);
    ASSERT_EQ(chosen.status, 303) << chosen.body;
    EXPECT_EQ(chosen.header("Location"), "/entrar?aviso=contrasena");
    EXPECT_TRUE(signs_in(visitor, "nueva@iecm.mx", NEW_PASSWORD));

    // Used, the link opens nothing.
    HttpClient stranger(server->url());
    EXPECT_EQ(stranger.get(link).status, 410);
    auto again = stranger.send("POST", link,
                               "password=otra+contrase%C3%B1a+larga+a%C3%BAn&"
                               "repeated=otra+contrase%C3%B1a+larga+a%C3%BAn",
                               FORM);
    EXPECT_EQ(again.status, 410);
    EXPECT_TRUE(signs_in(stranger, "nueva@iecm.mx", NEW_PASSWORD));
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

TEST(UserAccounts, ChangingADeactivatingAndTheFormsThatKeepWhatWasTyped) {
    auto server = ApiServer::start();
    auto admin = server->signed_in(Role::Administrator);
    auto api = server->client(Role::Administrator);
    auto users = api.get("/api/v1/users").json()["registros"];
    std::string capturist_id;
    std::string admin_id;
    for (const auto& user : users) {
        if (user["email"] == email_of(Role::Capturist)) {
            capturist_id = std::to_string(user["id"].get<long>());
        }
        if (user["email"] == email_of(Role::Administrator)) {
            admin_id = std::to_string(user["id"].get<long>());
        }
    }
    ASSERT_FALSE(capturist_id.empty());
    auto capturist = server->signed_in(Role::Capturist);
    auto capturist_api = server->client(Role::Capturist);
    ASSERT_EQ(capturist.get("/sesiones").status, 200);

    // An area role needs its area, said in Spanish; nothing changes.
    auto refused = api.patch("/api/v1/users/" + capturist_id, R"({"role": "area"})");
    EXPECT_EQ(refused.status, 422) << refused.body;
    // Deactivated from its page: its session and its token stop at once.
    auto page = admin.get("/usuarios/" + capturist_id);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Cuenta activa"), std::string::npos);
    auto off =
        admin.send("POST", "/usuarios/" + capturist_id, "name=Capturista&role=capturista", FORM);
    ASSERT_EQ(off.status, 303) << off.body;
    EXPECT_NE(capturist.get("/sesiones").status, 200);
    EXPECT_EQ(capturist_api.get("/api/v1/tokens").status, 401);
    HttpClient visitor(server->url());
    EXPECT_FALSE(signs_in(visitor, email_of(Role::Capturist), std::string(PASSWORD)));

    // Back on, as an area account of UTVOE.
    auto on = api.patch("/api/v1/users/" + capturist_id,
                        R"({"active": true, "role": "area", "area": "UTVOE"})");
    ASSERT_EQ(on.status, 200) << on.body;
    EXPECT_EQ(on.json()["role"], "area");
    EXPECT_TRUE(signs_in(visitor, email_of(Role::Capturist), std::string(PASSWORD)));

    // Nobody demotes or deactivates their own account.
    auto self = api.patch("/api/v1/users/" + admin_id, R"({"active": false})");
    EXPECT_EQ(self.status, 422) << self.body;

    // A refused new account keeps what was typed, says why on top.
    auto bad =
        admin.send("POST", "/usuarios", "email=sin-arroba&name=Luis+P%C3%A9rez&role=area", FORM);
    EXPECT_EQ(bad.status, 422);
    EXPECT_NE(bad.body.find("value=\"sin-arroba\""), std::string::npos);
    EXPECT_NE(bad.body.find("value=\"Luis Pérez\""), std::string::npos);
    EXPECT_NE(bad.body.find("<option value=\"area\" selected>"), std::string::npos);
    EXPECT_NE(bad.body.find("id=\"errores\""), std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
