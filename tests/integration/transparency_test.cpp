// What transparency law asks a commission to publish, read by the public
// on the demo without signing in: the calendar of its sessions, the
// minutas it approved (as they were kept on approval), its agreements with
// how each was voted, and who integrates it; each list also as CSV.
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

constexpr std::string_view BOM = "\xEF\xBB\xBF";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        EXPECT_TRUE(line.ends_with('\r')) << "CSV lines end in CRLF: " << line;
        if (line.ends_with('\r')) {
            line.pop_back();
        }
        lines.push_back(line);
    }
    return lines;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The sessions of 2021 and their agreements, as the API gives them.
struct Year2021 {
    std::set<std::string> sessions;
    std::set<std::string> agreements;
};

Year2021 demo_2021(HttpClient& client) {
    Year2021 year;
    auto sessions = client.get("/api/v1/sessions?limit=500").json();
    for (const auto& session : sessions["registros"]) {
        if (session["date"].get<std::string>().starts_with("2021")) {
            year.sessions.insert(session["key"].get<std::string>());
        }
    }
    auto agreements = client.get("/api/v1/agreements?limit=500").json();
    for (const auto& agreement : agreements["registros"]) {
        if (agreement.contains("session") && year.sessions.contains(agreement["session"])) {
            year.agreements.insert(agreement["code"].get<std::string>());
        }
    }
    return year;
}

TEST(Transparency, ThePublicReadsTheCalendarMinutasAgreementsAndMembersWithoutSigningIn) {
    auto client = ApiServer::shared().client(Role::Public);
    auto year = demo_2021(client);
    ASSERT_GE(year.sessions.size(), 4u);
    ASSERT_GE(year.agreements.size(), 10u);

    // One commission: the index goes straight to it, and to its latest year.
    auto index = client.get("/transparencia");
    ASSERT_EQ(index.status, 303);
    EXPECT_EQ(index.header("Location"), "/transparencia/CVOE");
    auto page = client.get("/transparencia/CVOE/2021");
    ASSERT_EQ(page.status, 200) << page.body;
    for (const auto& session : year.sessions) {
        EXPECT_TRUE(contains(page.body, "id=\"sesion-" + session + "\"")) << session;
    }
    for (const auto& code : year.agreements) {
        EXPECT_TRUE(contains(page.body, "<td>" + code + "</td>")) << code;
    }
    // The tenth session's minuta was approved in the eleventh; the twelfth's
    // waits for a session the demo does not hold.
    EXPECT_TRUE(contains(page.body,
                         "Aprobada (CVOE/044/21): <a "
                         "href=\"/api/v1/sessions/o10-2021/minutes?format=pdf\">PDF</a>"));
    EXPECT_TRUE(contains(page.body, "Pendiente de aprobación"));
    EXPECT_TRUE(contains(page.body, "Presidenta de la Comisión"));
    EXPECT_TRUE(contains(page.body, "Votación no registrada"));

    // The staff's pages of a session are its working papers: the public is
    // sent to the session's row here.
    auto staff_page = client.get("/sesiones/o10-2021");
    EXPECT_EQ(staff_page.status, 303);
    EXPECT_EQ(staff_page.header("Location"), "/transparencia/CVOE/2021#sesion-o10-2021");
    EXPECT_EQ(client.get("/sesiones").header("Location"), "/transparencia");

    // Years and commissions that hold nothing are not pages.
    EXPECT_EQ(client.get("/transparencia/CVOE/1999").status, 404);
    EXPECT_EQ(client.get("/transparencia/CVOE/21").status, 404);
    EXPECT_EQ(client.get("/transparencia/NADA").status, 404);
}

TEST(Transparency, EachListDownloadsAsCsvWithEveryRow) {
    auto client = ApiServer::shared().client(Role::Public);
    auto year = demo_2021(client);

    auto sessions = client.get("/transparencia/CVOE/2021/sesiones.csv");
    ASSERT_EQ(sessions.status, 200);
    EXPECT_EQ(sessions.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_TRUE(contains(sessions.header("Content-Disposition"), "sesiones-cvoe-2021.csv"));
    ASSERT_TRUE(sessions.body.starts_with(BOM));
    auto lines = lines_of(sessions.body.substr(BOM.size()));
    ASSERT_EQ(lines.size(), year.sessions.size() + 1);
    EXPECT_EQ(lines[0],
              "Clave,Sesión,Fecha,Hora,Modalidad,Estado,Minuta aprobada mediante,Minuta (PDF)");
    EXPECT_TRUE(contains(sessions.body,
                         "o10-2021,Décima sesión ordinaria,2021-10-21,,A distancia,Celebrada,"
                         "CVOE/044/21,/api/v1/sessions/o10-2021/minutes?format=pdf\r\n"));

    auto agreements = client.get("/transparencia/CVOE/2021/acuerdos.csv");
    ASSERT_EQ(agreements.status, 200);
    lines = lines_of(agreements.body.substr(BOM.size()));
    ASSERT_EQ(lines.size(), year.agreements.size() + 1);
    for (const auto& code : year.agreements) {
        EXPECT_TRUE(contains(agreements.body, "\n" + code + ",2021-")) << code;
    }

    auto members = client.get("/transparencia/CVOE/integracion.csv");
    ASSERT_EQ(members.status, 200);
    EXPECT_TRUE(contains(members.body, "Nombre,Cargo,Desde,Hasta\r\n"));
    EXPECT_TRUE(contains(members.body, "Presidenta de la Comisión,"));
}

TEST(Transparency, AnApprovedMinutaIsPublicAndAPendingOneIsNot) {
    auto client = ApiServer::shared().client(Role::Public);
    auto pdf = client.get("/api/v1/sessions/o10-2021/minutes");
    ASSERT_EQ(pdf.status, 200) << pdf.body;
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
    EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
    EXPECT_EQ(pdf.header("X-Vincula-SHA256").size(), 64u);
    auto markdown = client.get("/api/v1/sessions/o10-2021/minutes?format=md");
    ASSERT_EQ(markdown.status, 200);
    EXPECT_TRUE(contains(markdown.body, "CVOE/044/21")) << markdown.body;

    auto pending = client.get("/api/v1/sessions/o12-2021/minutes");
    ASSERT_EQ(pending.status, 404);
    EXPECT_EQ(pending.json()["errores"][0]["regla"], "minuta_no_publicada");
    EXPECT_EQ(client.get("/api/v1/sessions/o10-2021/minutes?format=html").status, 400);
    EXPECT_EQ(client.get("/api/v1/sessions/o10-2021/minutes?formato=pdf").status, 400);
    // The draft is not the public's, through any other door.
    EXPECT_EQ(client.get("/api/v1/sessions/o12-2021/documents/minuta?format=md").status, 401);
}

class TransparencyOfKeptMinutas : public ApiTest {};

// Once kept on approval, the minuta the public reads is the one approved,
// byte for byte, even after the records it was written from change.
TEST_F(TransparencyOfKeptMinutas, ThePublicReadsTheMinutaAsItWasKeptOnApproval) {
    auto capturist = as(Role::Capturist);
    auto frozen = capturist.post("/api/v1/sessions/o10-2021/minutes/approval", "");
    ASSERT_EQ(frozen.status, 201) << frozen.body;
    std::string markdown_sha256;
    auto kept = frozen.json();
    for (const auto& file : kept["files"]) {
        if (file["name"].get<std::string>().ends_with(".md")) {
            markdown_sha256 = file["sha256"];
        }
    }
    ASSERT_EQ(markdown_sha256.size(), 64u);

    auto changed = capturist.patch("/api/v1/sessions/o10-2021", R"({"closed_at": "13:47"})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    auto regenerated = capturist.get("/api/v1/sessions/o10-2021/documents/minuta?format=md");
    ASSERT_EQ(regenerated.status, 200);

    auto public_minuta = as(Role::Public).get("/api/v1/sessions/o10-2021/minutes?format=md");
    ASSERT_EQ(public_minuta.status, 200);
    EXPECT_EQ(public_minuta.header("X-Vincula-SHA256"), markdown_sha256);
    EXPECT_NE(public_minuta.body, regenerated.body) << "the change must show in the draft";
}

}  // namespace
}  // namespace vincula::testing
