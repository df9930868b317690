// The public contest form against a real server, as a stranger on the
// network would use it: registrations from one address are bounded per
// hour (another address is not affected), and no file can be sent, whole
// or in parts, without a link that was mailed to the entrant.
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "common/date.h"
#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

// Mail goes nowhere (nothing listens on the discard port): the form needs a
// mail server named, and what it sends is not what these tests read.
const std::vector<std::string> SERVE_OPTIONS = {"--smtp", "smtp://127.0.0.1:9",
                                                "--contest-requests-per-hour", "3"};

class ContestAbuse : public ::testing::Test {
protected:
    void SetUp() override {
        m_server = ApiServer::start(Seed::Demo, SERVE_OPTIONS);
        // A contest open now, beside the demo's.
        auto today = common::mexico_city_time(std::chrono::system_clock::now()).date;
        std::string bundle = R"({"format": "vincula-bundle", "version": 1, "contests": [{
            "key": "vffx", "name": "Concurso abierto", "edition": 10,
            "registration_open": ")" +
                             today.plus_days(-5).to_iso() + R"(", "registration_close": ")" +
                             today.plus_days(5).to_iso() +
                             R"(", "categories": [{"key": "jov", "label": "De 18 a 29 años",
            "min_age": 18, "max_age": 29}]}]})";
        std::string file = m_dir.root() + "/concurso.json";
        std::ofstream(file) << bundle;
        auto imported = run_vincula({"import", "--db", m_server->database(), file});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        m_born = std::to_string(today.year() - 20) + "-01-15";
    }

    std::string form(const std::string& name) const {
        return "name=" + name + "&email=" + name + "%40example.org&birth_date=" + m_born +
               "&gender=F&residence=cdmx&privacy_accepted=1&work.title=Obra";
    }

    HttpResponse send_form(HttpClient& client, const std::string& body) const {
        return client.send(
            "POST", "/concurso/vffx/registro", body,
            {"Content-Type: application/x-www-form-urlencoded", "Origin: " + m_server->url()});
    }

    long sql_count(const std::string& query) const {
        return std::stol(run_process({"sqlite3", m_server->database(), query}).out);
    }

    TempDir m_dir;
    std::unique_ptr<ApiServer> m_server;
    std::string m_born;
};

TEST_F(ContestAbuse, OneAddressSendsItsHourlyShareAndAnotherIsNotAffected) {
    auto stranger = m_server->client(Role::Public);
    for (int i = 0; i < 3; ++i) {
        auto sent = send_form(stranger, form("ana" + std::to_string(i)));
        EXPECT_EQ(sent.status, 303) << sent.body;
        EXPECT_EQ(sent.header("Location"), "/concurso/confirme-su-correo");
    }
    auto fourth = send_form(stranger, form("ana3"));
    EXPECT_EQ(fourth.status, 429);
    EXPECT_NE(fourth.body.find("ya se enviaron 3 registros en la última hora"), std::string::npos)
        << fourth.body;
    EXPECT_EQ(sql_count("select count(*) from entry_requests"), 3);
    EXPECT_EQ(sql_count("select count(*) from registrations where contest='vffx'"), 0);

    auto neighbour = m_server->client(Role::Public);
    neighbour.from_address("127.0.0.2");
    EXPECT_EQ(send_form(neighbour, form("bea")).status, 303);
    EXPECT_EQ(sql_count("select count(*) from entry_requests"), 4);
}

TEST_F(ContestAbuse, NoFileIsTakenWithoutTheMailedLink) {
    auto stranger = m_server->client(Role::Public);
    std::string boundary = "----limite";
    std::string video(
        "\x00\x00\x00\x18"
        "ftypisom",
        12);
    video.resize(200000, '\x07');
    std::string body = "--" + boundary +
                       "\r\nContent-Disposition: form-data; name=\"work.file\"; "
                       "filename=\"obra.mp4\"\r\nContent-Type: video/mp4\r\n\r\n" +
                       video + "\r\n--" + boundary + "--\r\n";
    auto invented = stranger.send(
        "POST", "/concurso/confirmar/inventado", body,
        {"Content-Type: multipart/form-data; boundary=" + boundary, "Origin: " + m_server->url()});
    EXPECT_EQ(invented.status, 404);
    EXPECT_NE(invented.body.find("El enlace no es válido"), std::string::npos);
    // In parts, the link must work too, and no part may weigh more than 2 MiB.
    auto part =
        stranger.send("POST", "/concurso/confirmar/inventado/partes?desde=0&total=200000", video,
                      {"Content-Type: application/octet-stream", "Origin: " + m_server->url()});
    EXPECT_EQ(part.status, 404);
    EXPECT_EQ(part.json()["errores"][0]["regla"], "enlace_confirmacion");
    auto heavy =
        stranger.send("POST", "/concurso/confirmar/inventado/partes?desde=0&total=9000000",
                      std::string(3 * 1024 * 1024, 'x'),
                      {"Content-Type: application/octet-stream", "Origin: " + m_server->url()});
    EXPECT_EQ(heavy.status, 413);
    // The first step takes a form, not a file: a body past a form's size is
    // refused before any handler reads it.
    std::string large = form("ana") + "&relleno=" + std::string(1100 * 1024, 'x');
    EXPECT_EQ(send_form(stranger, large).status, 413);
    EXPECT_EQ(sql_count("select count(*) from work_files"), 0);
    EXPECT_EQ(sql_count("select count(*) from entry_requests"), 0);
}

}  // namespace
}  // namespace vincula::testing
