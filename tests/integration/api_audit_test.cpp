// Every write through the API leaves a row in the change history: who,
// when, what, and the record before and after. GET /api/v1/audit filters it,
// and the history cannot be rewritten, not even with sqlite3 on the file.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

class ApiAudit : public ApiTest {
protected:
    Json history(const std::string& query) {
        auto answer = as(Role::Administrator).get("/api/v1/audit?" + query);
        EXPECT_EQ(answer.status, 200) << query << ": " << answer.body;
        return answer.json()["registros"];
    }
};

TEST_F(ApiAudit, EveryWriteLeavesARowWithWhoWhatBeforeAndAfter) {
    auto client = as(Role::Capturist);
    ASSERT_EQ(client
                  .post("/api/v1/agreements", R"({"session": "o12-2021", "kind": "otro",
                        "result": "aprobado", "title": "Primera redacción"})")
                  .status,
              201);
    ASSERT_EQ(
        client.patch("/api/v1/agreements/CVOE/048/21", R"({"title": "Segunda redacción"})").status,
        200);
    ASSERT_EQ(client.remove("/api/v1/agreements/CVOE/048/21").status, 204);

    auto rows = history("array=agreements&key=" + url_encode("CVOE/048/21"));
    ASSERT_EQ(rows.size(), 3u) << rows.dump(2);
    // Newest first.
    const auto& removed = rows[0];
    const auto& changed = rows[1];
    const auto& created = rows[2];
    for (const auto& row : rows) {
        EXPECT_EQ(row["actor"], email_of(Role::Capturist));
        EXPECT_EQ(row["array"], "agreements");
        EXPECT_EQ(row["key"], "CVOE/048/21");
        EXPECT_TRUE(row["at"].get<std::string>().starts_with("20")) << row["at"];
    }
    EXPECT_EQ(created["action"], "crear");
    EXPECT_TRUE(created["before"].is_null());
    EXPECT_EQ(created["after"]["title"], "Primera redacción");
    EXPECT_EQ(changed["action"], "modificar");
    EXPECT_EQ(changed["before"]["title"], "Primera redacción");
    EXPECT_EQ(changed["after"]["title"], "Segunda redacción");
    EXPECT_EQ(changed["after"]["session"], "o12-2021");
    EXPECT_EQ(removed["action"], "eliminar");
    EXPECT_EQ(removed["before"]["title"], "Segunda redacción");
    EXPECT_TRUE(removed["after"].is_null());
}

TEST_F(ApiAudit, ProgressOfAnAreaIsAuditedUnderItsNumberAndItsUser) {
    auto created =
        as(Role::Area)
            .post(
                "/api/v1/convenio_progress",
                R"({"convenio": "c-jce", "session": "o12-2021", "text": "Reunión con la contraparte."})");
    ASSERT_EQ(created.status, 201) << created.body;
    auto id = std::to_string(created.json()["id"].get<long>());
    auto rows = history("array=convenio_progress&key=" + id);
    ASSERT_EQ(rows.size(), 1u) << rows.dump(2);
    EXPECT_EQ(rows[0]["actor"], email_of(Role::Area));
    EXPECT_EQ(rows[0]["action"], "crear");
    EXPECT_EQ(rows[0]["after"]["convenio"], "c-jce");
}

TEST_F(ApiAudit, UsersCreatedByAnAdministratorAreAuditedWithoutTheirPassword) {
    auto created = as(Role::Administrator)
                       .post("/api/v1/users", R"({"email": "otra@vincula.test", "name": "Otra",
                             "role": "consejeria", "password": "contraseña suficientemente larga"})");
    ASSERT_EQ(created.status, 201) << created.body;
    auto rows = history("array=users&key=otra%40vincula.test");
    ASSERT_EQ(rows.size(), 1u) << rows.dump(2);
    EXPECT_EQ(rows[0]["actor"], email_of(Role::Administrator));
    EXPECT_EQ(rows[0]["after"]["role"], "consejeria");
    EXPECT_EQ(rows[0].dump().find("argon2"), std::string::npos) << rows[0].dump();
    EXPECT_EQ(rows[0].dump().find("contraseña suficientemente"), std::string::npos);
}

// The consejería may read the history but not the contest's entrants, many
// of them minors, nor the users' accounts: it sees that those records
// changed, when and by whom, never what they hold.
TEST_F(ApiAudit, NoRoleReadsThroughTheHistoryWhatItCannotReadDirectly) {
    auto admin = as(Role::Administrator);
    ASSERT_EQ(admin
                  .patch("/api/v1/registrations/vff4-r01",
                         R"({"name": "Lucía Menor Ejemplar", "guardian_name": "Tutora Ejemplar"})")
                  .status,
              200);
    ASSERT_EQ(admin
                  .post("/api/v1/users", R"({"email": "nueva@vincula.test", "name": "Nueva Persona",
                        "role": "capturista", "password": "contraseña suficientemente larga"})")
                  .status,
              201);
    ASSERT_EQ(as(Role::Capturist).patch("/api/v1/sessions/o11-2021", R"({"time": "17:00"})").status,
              200);

    auto council = m_server->signed_in(Role::Council);
    ASSERT_EQ(council.get("/api/v1/registrations/vff4-r01").status, 403);
    auto rows = council.get("/api/v1/audit?limit=500");
    ASSERT_EQ(rows.status, 200) << rows.body;
    for (const auto* secret : {"Lucía", "Tutora", "Nueva Persona", "nueva@vincula.test"}) {
        EXPECT_EQ(rows.body.find(secret), std::string::npos) << secret;
    }
    bool registration_hidden = false;
    bool session_shown = false;
    auto listed = rows.json();
    for (const auto& row : listed["registros"]) {
        if (row["array"] == "registrations") {
            registration_hidden = row["contenido_oculto"] == true && row["before"].is_null() &&
                                  row["after"].is_null() && row["key"] == "";
        }
        if (row["array"] == "sessions" && row["key"] == "o11-2021") {
            session_shown = row["after"]["time"] == "17:00" && row["contenido_oculto"] == false;
        }
    }
    EXPECT_TRUE(registration_hidden) << rows.body;
    EXPECT_TRUE(session_shown) << rows.body;

    auto page = council.get("/auditoria");
    ASSERT_EQ(page.status, 200);
    for (const auto* secret : {"Lucía", "Tutora", "Nueva Persona", "nueva@vincula.test"}) {
        EXPECT_EQ(page.body.find(secret), std::string::npos) << secret;
    }
    EXPECT_NE(page.body.find("Contenido reservado"), std::string::npos);
    // The administrator, who may read both, sees both.
    auto all = admin.get("/api/v1/audit?limit=500").body;
    EXPECT_NE(all.find("Lucía Menor Ejemplar"), std::string::npos);
    EXPECT_NE(all.find("nueva@vincula.test"), std::string::npos);
}

TEST_F(ApiAudit, FiltersByActorArrayAndKey) {
    auto capturist = as(Role::Capturist);
    ASSERT_EQ(capturist.patch("/api/v1/sessions/o11-2021", R"({"time": "17:00"})").status, 200);
    ASSERT_EQ(capturist.patch("/api/v1/agreements/CVOE/043/21", R"({"votes_for": 7})").status, 200);

    auto mine = history("actor=" + url_encode(email_of(Role::Capturist)));
    ASSERT_EQ(mine.size(), 2u) << mine.dump(2);
    auto sessions = history("array=sessions");
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0]["key"], "o11-2021");
    EXPECT_TRUE(history("array=agreements&key=" + url_encode("CVOE/036/21")).empty());
    EXPECT_EQ(history("actor=nadie%40vincula.test").size(), 0u);

    auto unknown = as(Role::Administrator).get("/api/v1/audit?fecha=2021-10-01");
    EXPECT_EQ(unknown.status, 400) << unknown.body;
    auto bad_date = as(Role::Administrator).get("/api/v1/audit?from=2021-13-01");
    ASSERT_EQ(bad_date.status, 400) << bad_date.body;
    EXPECT_EQ(bad_date.json()["errores"][0]["regla"], "fecha_valida");
}

TEST_F(ApiAudit, TheHistoryCannotBeChangedOrErasedEvenInTheDatabaseFile) {
    ASSERT_EQ(
        as(Role::Capturist).patch("/api/v1/agreements/CVOE/043/21", R"({"votes_for": 7})").status,
        200);
    auto before = history("limit=500").dump();
    auto update = run_process(
        {"sqlite3", m_server->database(), "UPDATE audit_log SET actor = 'alguien más';"});
    EXPECT_NE(update.exit_code, 0);
    EXPECT_NE(update.err.find("no se puede modificar"), std::string::npos) << update.err;
    auto erase = run_process({"sqlite3", m_server->database(), "DELETE FROM audit_log;"});
    EXPECT_NE(erase.exit_code, 0);
    EXPECT_NE(erase.err.find("no se puede borrar"), std::string::npos) << erase.err;
    EXPECT_EQ(history("limit=500").dump(), before);
}

TEST_F(ApiAudit, BulkReadsAndExportsOfPersonalDataLeaveAnEntry) {
    auto administrator = as(Role::Administrator);
    ASSERT_EQ(administrator.get("/api/v1/sessions").status, 200);
    EXPECT_TRUE(history("array=sessions").empty()) << "sessions hold no personal data";
    ASSERT_EQ(administrator.get("/api/v1/registrations?limit=5").status, 200);
    auto reads = history("array=registrations");
    ASSERT_EQ(reads.size(), 1u) << reads.dump(2);
    EXPECT_EQ(reads[0]["action"], "leer");
    EXPECT_EQ(reads[0]["key"], "lectura por la API: limit=5");
    EXPECT_EQ(reads[0]["actor"], email_of(Role::Administrator));
    ASSERT_EQ(administrator.get("/api/v1/export").status, 200);
    auto newest = history("limit=1");
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest[0]["action"], "exportar");
    EXPECT_EQ(newest[0]["key"], "paquete completo");
}

}  // namespace
}  // namespace vincula::testing
