// What travels in the answer's headers: nothing a client wrote can end a
// header and start another, leave the site through a redirect, or name a
// download so that it opens as something else.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

class HttpHeaders : public ApiTest {};

// A key is a path segment, a file name and a calendar UID: it may not hold a
// line break (which once put a Set-Cookie of the writer's into Location),
// spaces or accents, by any way in.
TEST_F(HttpHeaders, AKeyWithALineBreakIsRefusedAndSetsNothing) {
    auto client = as(Role::Capturist);
    Json session{
        {"key", "x\r\nSet-Cookie: robada=1"}, {"commission", "CVOE"},  {"year", 2021},
        {"type", "extraordinaria"},           {"number", 2},           {"date", "2021-12-20"},
        {"modality", "a_distancia"},          {"status", "programada"}};
    auto answer = client.post("/api/v1/sessions", session.dump());
    ASSERT_EQ(answer.status, 422) << answer.body;
    EXPECT_EQ(answer.header("Set-Cookie"), "");
    EXPECT_EQ(answer.json()["errores"][0]["campo"], "key");
    EXPECT_EQ(answer.json()["errores"][0]["regla"], "clave_valida");

    for (const auto* key : {"con espacio", "sesión-1", "/e2-2021", "e2//2021"}) {
        session["key"] = key;
        auto refused = client.post("/api/v1/sessions", session.dump());
        EXPECT_EQ(refused.status, 422) << key << ": " << refused.body;
    }
    session["key"] = "e2-2021";
    auto created = client.post("/api/v1/sessions", session.dump());
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.header("Location"), "/api/v1/sessions/e2-2021");
}

// Browsers drop tabs and line breaks from an address: «/\t/otro.example»
// would have become «//otro.example», another site.
TEST_F(HttpHeaders, SigningInReturnsOnlyToAPathOfThisSite) {
    for (const auto* target : {"/\t/otro.example/", "/\\otro.example", "//otro.example",
                               "https://otro.example/", "/\r\n/otro.example"}) {
        HttpClient browser(m_server->url());
        std::string form = "email=" + url_encode(email_of(Role::Capturist)) +
                           "&password=" + url_encode(std::string(PASSWORD)) +
                           "&volver=" + url_encode(target);
        auto answer = browser.send("POST", "/entrar", form,
                                   {"Content-Type: application/x-www-form-urlencoded"});
        ASSERT_EQ(answer.status, 303) << answer.body;
        EXPECT_EQ(answer.status_line, "HTTP/1.1 303 See Other");
        auto location = answer.header("Location");
        EXPECT_TRUE(location.starts_with("/") && !location.starts_with("//")) << location;
        EXPECT_EQ(location.find("otro.example"), std::string::npos) << location;
    }
}

TEST_F(HttpHeaders, EveryStatusHasItsOwnReasonPhrase) {
    auto client = as(Role::Council);
    EXPECT_EQ(client.get("/api/v1/sessions/o11-2021").status_line, "HTTP/1.1 200 OK");
    EXPECT_EQ(client.get("/api/v1/sessions/no-existe").status_line, "HTTP/1.1 404 Not Found");
    EXPECT_EQ(as(Role::Public).get("/").status_line.find("Internal"), std::string::npos);
}

// RFC 6266: an ASCII name in quotes and the exact UTF-8 name in filename*.
TEST_F(HttpHeaders, DownloadsNameTheirFileInBothForms) {
    auto answer =
        as(Role::Council).get("/api/v1/reports?commission=CVOE&quarter=2021-T4&format=md");
    ASSERT_EQ(answer.status, 200) << answer.body;
    auto disposition = answer.header("Content-Disposition");
    EXPECT_TRUE(disposition.starts_with("inline; filename=\"")) << disposition;
    EXPECT_NE(disposition.find("; filename*=UTF-8''"), std::string::npos) << disposition;
}

}  // namespace
}  // namespace vincula::testing
