// The bundle's arrays as REST resources, as a client of the API uses them:
// lists filtered, sorted and paged; a record by its key (agreement codes
// carry slashes); creating, changing and deleting one record.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

const std::string NEW_AGREEMENT = R"({"session": "o12-2021", "kind": "otro",
    "result": "aprobado", "title": "Aprobación de una prueba de la API"})";

class ApiRecords : public ApiTest {};

TEST_F(ApiRecords, ListsFilteredOnAFieldHoldOnlyMatchingRecords) {
    auto client = as(Role::Capturist);
    auto answer = client.get("/api/v1/agreements?session=o10-2021");
    ASSERT_EQ(answer.status, 200) << answer.body;
    std::vector<std::string> codes;
    auto agreements = answer.json()["registros"];
    for (const auto& agreement : agreements) {
        EXPECT_EQ(agreement["session"], "o10-2021");
        codes.push_back(agreement["code"].get<std::string>());
    }
    EXPECT_EQ(codes,
              (std::vector<std::string>{"CVOE/036/21", "CVOE/037/21", "CVOE/038/21", "CVOE/039/21",
                                        "CVOE/040/21", "CVOE/041/21", "CVOE/042/21"}));

    auto both = client.get("/api/v1/agreements?session=o10-2021&kind=minuta").json();
    ASSERT_EQ(both["registros"].size(), 1u) << both.dump();
    EXPECT_EQ(both["registros"][0]["code"], "CVOE/037/21");
}

TEST_F(ApiRecords, SortsDescendingWhenTheFieldHasAMinus) {
    auto answer = as(Role::Council).get("/api/v1/sessions?sort=-date");
    ASSERT_EQ(answer.status, 200) << answer.body;
    auto sessions = answer.json()["registros"];
    ASSERT_EQ(sessions.size(), 6u);
    EXPECT_EQ(sessions.front()["key"], "o1-2022");
    EXPECT_EQ(sessions.back()["key"], "e1-2021");
    for (std::size_t i = 1; i < sessions.size(); ++i) {
        EXPECT_GE(sessions[i - 1]["date"].get<std::string>(),
                  sessions[i]["date"].get<std::string>());
    }
}

TEST_F(ApiRecords, PagesWithLimitAndCursorVisitEveryRecordOnce) {
    auto client = as(Role::Capturist);
    std::size_t pages = 0;
    auto progress = every_page(client, "/api/v1/convenio_progress?limit=10", &pages);
    EXPECT_EQ(progress.size(), 83u);
    EXPECT_EQ(pages, 9u);
    std::set<long> ids;
    for (const auto& record : progress) {
        ids.insert(record["id"].get<long>());
    }
    EXPECT_EQ(ids.size(), 83u) << "a record was visited twice";

    // Sorted on a field most records share: ties must not lose or repeat records.
    auto convenios = every_page(client, "/api/v1/convenios?sort=status&limit=4");
    std::set<std::string> keys;
    for (std::size_t i = 0; i < convenios.size(); ++i) {
        keys.insert(convenios[i]["key"].get<std::string>());
        if (i > 0) {
            EXPECT_LE(convenios[i - 1]["status"].get<std::string>(),
                      convenios[i]["status"].get<std::string>());
        }
    }
    EXPECT_EQ(convenios.size(), 45u);
    EXPECT_EQ(keys.size(), 45u);
}

TEST_F(ApiRecords, ReadsAnAgreementByItsCodeWithSlashesRawOrEncoded) {
    auto client = as(Role::Public);
    auto raw = client.get("/api/v1/agreements/CVOE/036/21");
    auto encoded = client.get("/api/v1/agreements/CVOE%2F036%2F21");
    ASSERT_EQ(raw.status, 200) << raw.body;
    ASSERT_EQ(encoded.status, 200) << encoded.body;
    EXPECT_EQ(raw.json()["code"], "CVOE/036/21");
    EXPECT_EQ(raw.json()["session"], "o10-2021");
    EXPECT_EQ(raw.body, encoded.body);
}

TEST_F(ApiRecords, AnswersJsonInUtf8) {
    auto client = as(Role::Public);
    for (const auto* path : {"/api/v1/agreements", "/api/v1/agreements/CVOE/036/21",
                             "/api/v1/agreements/CVOE/999/21", "/api/v1/people"}) {
        auto answer = client.get(path);
        EXPECT_EQ(answer.header("Content-Type"), "application/json; charset=utf-8") << path;
        EXPECT_FALSE(answer.json().is_discarded()) << path;
    }
    auto title = client.get("/api/v1/agreements/CVOE/036/21").json()["title"].get<std::string>();
    EXPECT_NE(title.find("Aprobación del orden del día"), std::string::npos) << title;
}

TEST_F(ApiRecords, CreatingAnAgreementAssignsTheNextCodeOfItsCommissionAndYear) {
    auto client = as(Role::Capturist);
    auto created = client.post("/api/v1/agreements", NEW_AGREEMENT);
    ASSERT_EQ(created.status, 201) << created.body;
    // CVOE/047/21 is the last agreement of 2021 in the demo.
    EXPECT_EQ(created.json()["code"], "CVOE/048/21");
    EXPECT_EQ(created.header("Location"), "/api/v1/agreements/CVOE/048/21");
    auto read = client.get("/api/v1/agreements/CVOE/048/21");
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.json()["title"], "Aprobación de una prueba de la API");

    // A session of 2022 numbers within 2022 (CVOE/004/22 is the last).
    auto next_year = client.post(
        "/api/v1/agreements",
        R"({"session": "o1-2022", "kind": "otro", "result": "aprobado", "title": "Otra prueba"})");
    ASSERT_EQ(next_year.status, 201) << next_year.body;
    EXPECT_EQ(next_year.json()["code"], "CVOE/005/22");
}

TEST_F(ApiRecords, ANewSessionTakesItsKeyYearNumberAndStatusFromWhatItSays) {
    auto client = as(Role::Capturist);
    // The demo's last ordinary session of 2021 is the twelfth.
    auto held = client.post("/api/v1/sessions", R"({"commission": "CVOE", "type": "ordinaria",
        "date": "2021-12-20", "modality": "presencial"})");
    ASSERT_EQ(held.status, 201) << held.body;
    EXPECT_EQ(held.json()["key"], "o13-2021");
    EXPECT_EQ(held.json()["year"], 2021);
    EXPECT_EQ(held.json()["number"], 13);
    EXPECT_EQ(held.json()["status"], "celebrada");
    EXPECT_EQ(held.header("Location"), "/api/v1/sessions/o13-2021");

    // One yet to happen is scheduled; each type numbers on its own.
    auto coming = client.post("/api/v1/sessions", R"({"commission": "CVOE",
        "type": "extraordinaria", "date": "2031-01-20", "modality": "a_distancia"})");
    ASSERT_EQ(coming.status, 201) << coming.body;
    EXPECT_EQ(coming.json()["key"], "e1-2031");
    EXPECT_EQ(coming.json()["number"], 1);
    EXPECT_EQ(coming.json()["status"], "programada");

    // What is given is kept.
    auto typed = client.post("/api/v1/sessions", R"({"key": "mi-clave", "commission": "CVOE",
        "type": "ordinaria", "number": 14, "date": "2021-12-21", "modality": "presencial",
        "status": "celebrada"})");
    ASSERT_EQ(typed.status, 201) << typed.body;
    EXPECT_EQ(typed.json()["key"], "mi-clave");
}

TEST_F(ApiRecords, ASessionWithoutItsDateIsRefusedForTheDateNotForWhatWouldHaveBeenFilled) {
    auto client = as(Role::Capturist);
    auto refused = client.post("/api/v1/sessions", R"({"commission": "CVOE", "type": "ordinaria",
        "modality": "presencial"})");
    ASSERT_EQ(refused.status, 422) << refused.body;
    std::set<std::string> fields;
    auto body = refused.json();
    for (const auto& error : body["errores"]) {
        fields.insert(error["campo"].get<std::string>());
    }
    EXPECT_EQ(fields, std::set<std::string>{"date"}) << refused.body;
}

TEST_F(ApiRecords, KeysLeftOutAreMadeReadableAndNeverTakeAnother) {
    auto client = as(Role::Capturist);
    // A person by her initials; the demo already has an «eer».
    auto first = client.post("/api/v1/people", R"({"name": "Elena Esquivel Rangel",
        "gender": "F"})");
    ASSERT_EQ(first.status, 201) << first.body;
    auto second = client.post("/api/v1/people", R"({"name": "Elena Esquivel Rangel",
        "gender": "F"})");
    ASSERT_EQ(second.status, 201) << second.body;
    auto first_key = first.json()["key"].get<std::string>();
    auto second_key = second.json()["key"].get<std::string>();
    EXPECT_NE(first_key, "eer");
    EXPECT_NE(first_key, second_key);
    EXPECT_EQ(first_key, "elena-esquivel-rangel");
    EXPECT_EQ(second_key, "elena-esquivel-rangel-2");

    // A seat names its holder; a document its title, without accents or
    // filler words.
    auto seat = client.post("/api/v1/memberships", R"({"commission": "CVOE",
        "person": ")" + first_key + R"(", "role": "integrante", "from": "2021-12-01"})");
    ASSERT_EQ(seat.status, 201) << seat.body;
    EXPECT_EQ(seat.json()["key"], "m-" + first_key);
    auto document = client.post("/api/v1/documents",
                                R"({"title": "Nota informativa sobre la Misión de Evaluación",
        "kind": "nota", "presented_in": ["o12-2021"]})");
    ASSERT_EQ(document.status, 201) << document.body;
    EXPECT_EQ(document.json()["key"], "nota-informativa-mision-evaluacion");

    // Official identifiers are still typed: a commission's acronym.
    auto commission = client.post("/api/v1/commissions", R"({"name": "Comisión de prueba",
        "acronym": "CP", "kind": "permanente"})");
    EXPECT_EQ(commission.status, 422) << commission.body;
}

TEST_F(ApiRecords, AnAgreementTakesTheCodePatternItsCommissionStates) {
    auto client = as(Role::Capturist);
    auto bad = client.patch("/api/v1/commissions/CVOE",
                            R"({"agreement_code_format": "{siglas}/{año}/{numero}"})");
    ASSERT_EQ(bad.status, 422) << bad.body;
    EXPECT_NE(bad.body.find("formato_codigo_acuerdo"), std::string::npos) << bad.body;
    EXPECT_NE(bad.body.find("{siglas}/{numero:3}/{año:2}"), std::string::npos) << bad.body;

    // The stored codes keep their form; from now on the commission writes
    // another (its 2021 codes no longer fit it, so 2022 numbers anew).
    auto changed =
        client.patch("/api/v1/commissions/CVOE",
                     R"({"agreement_code_format": "IECM/ACU-{siglas}-{numero:3}-{año}"})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    auto created = client.post(
        "/api/v1/agreements",
        R"({"session": "o1-2022", "kind": "otro", "result": "aprobado", "title": "Otra prueba"})");
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json()["code"], "IECM/ACU-CVOE-001-2022");
    EXPECT_EQ(client.get("/api/v1/agreements/CVOE/004/22").status, 200);

    // A code typed in another padding names the agreement as stored.
    auto document =
        client.patch("/api/v1/documents/informe-t4", R"({"approved_by": "IECM/ACU-CVOE-1-2022"})");
    ASSERT_EQ(document.status, 200) << document.body;
    EXPECT_EQ(document.json()["approved_by"], "IECM/ACU-CVOE-001-2022");
}

// A commission renamed in 2023: the pages name it as it was on the date
// they speak of (a 2021 session, a 2021 quarter) and as it is today where
// they speak of now (a form's choices); it is still found by its old
// acronym, as old links and habits ask for it.
TEST_F(ApiRecords, PagesNameACommissionAsItWasOnTheDateTheySpeakOf) {
    auto client = as(Role::Capturist);
    auto renamed = client.patch("/api/v1/commissions/CVOE", R"({"history": [{"from": "2023-01-01",
        "acronym": "CVIE", "name": "Comisión de Vinculación Institucional y Externa"}]})");
    ASSERT_EQ(renamed.status, 200) << renamed.body;

    auto staff = m_server->signed_in(Role::Capturist);
    auto quarter_2021 = staff.get("/?comision=CVOE&trimestre=2021-T4");
    ASSERT_EQ(quarter_2021.status, 200) << quarter_2021.body;
    EXPECT_NE(quarter_2021.body.find("CVOE · Comisión Permanente de Vinculación"),
              std::string::npos);
    EXPECT_EQ(quarter_2021.body.find("CVIE"), std::string::npos);
    auto quarter_2023 = staff.get("/?comision=CVIE&trimestre=2023-T1");
    ASSERT_EQ(quarter_2023.status, 200) << quarter_2023.body;
    EXPECT_NE(quarter_2023.body.find("CVIE · Comisión de Vinculación Institucional y Externa"),
              std::string::npos);

    auto convenio = staff.get("/convenios/c-xochimilco-ayc");
    ASSERT_EQ(convenio.status, 200) << convenio.body;
    EXPECT_NE(convenio.body.find("(CVOE)"), std::string::npos);
    EXPECT_EQ(convenio.body.find("(CVIE)"), std::string::npos);

    auto form = staff.get("/registros/sessions/nuevo");
    ASSERT_EQ(form.status, 200) << form.body;
    EXPECT_NE(form.body.find("CVIE · Comisión de Vinculación Institucional y Externa"),
              std::string::npos);

    auto report = client.get("/api/v1/reports?commission=CVIE&quarter=2021-T4&format=md");
    ASSERT_EQ(report.status, 200) << report.body;
    EXPECT_NE(report.body.find("Comisión Permanente de Vinculación con Organismos Externos"),
              std::string::npos);
}

TEST_F(ApiRecords, PatchChangesTheGivenFieldsAndKeepsTheRest) {
    auto client = as(Role::Capturist);
    auto before = client.get("/api/v1/agreements/CVOE/037/21").json();
    auto changed = client.patch("/api/v1/agreements/CVOE/037/21",
                                R"({"title": "Minuta corregida", "votes_for": 5})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    auto after = client.get("/api/v1/agreements/CVOE/037/21").json();
    EXPECT_EQ(after["title"], "Minuta corregida");
    EXPECT_EQ(after["votes_for"], 5);
    for (const auto* kept : {"code", "session", "kind", "result"}) {
        EXPECT_EQ(after[kept], before[kept]) << kept;
    }
    // Merge patch: null removes a field.
    ASSERT_EQ(client.patch("/api/v1/agreements/CVOE/037/21", R"({"votes_for": null})").status, 200);
    EXPECT_FALSE(client.get("/api/v1/agreements/CVOE/037/21").json().contains("votes_for"));
}

TEST_F(ApiRecords, PatchRefusesToChangeTheKey) {
    auto client = as(Role::Capturist);
    auto answer = client.patch("/api/v1/agreements/CVOE/037/21", R"({"code": "CVOE/099/21"})");
    ASSERT_EQ(answer.status, 422) << answer.body;
    auto error = answer.json()["errores"][0];
    EXPECT_EQ(error["campo"], "code");
    EXPECT_EQ(error["regla"], "clave_inmutable");
    EXPECT_EQ(client.get("/api/v1/agreements/CVOE/037/21").status, 200);
    EXPECT_EQ(client.get("/api/v1/agreements/CVOE/099/21").status, 404);
}

TEST_F(ApiRecords, DeletingASessionOthersReferToIsRefusedAndDeletesNothing) {
    auto client = as(Role::Administrator);
    auto answer = client.remove("/api/v1/sessions/o10-2021");
    ASSERT_EQ(answer.status, 409) << answer.body;
    EXPECT_EQ(answer.json()["errores"][0]["regla"], "registro_referido");
    EXPECT_EQ(client.get("/api/v1/sessions/o10-2021").status, 200);
    EXPECT_EQ(every_page(client, "/api/v1/sessions").size(), 6u);
    EXPECT_EQ(every_page(client, "/api/v1/agreements?session=o10-2021").size(), 7u);
}

// A refused deletion says in Spanish which records refer to the record.
TEST_F(ApiRecords, RefusedDeletionSaysInSpanishWhoRefersToTheRecord) {
    auto answer = as(Role::Administrator).remove("/api/v1/sessions/o10-2021");
    ASSERT_EQ(answer.status, 409) << answer.body;
    auto message = answer.json()["errores"][0]["mensaje"].get<std::string>();
    // The record and its holders in Spanish, counted, not the API's names.
    EXPECT_NE(message.find("la sesión \"o10-2021\""), std::string::npos) << message;
    EXPECT_NE(message.find("7 acuerdos"), std::string::npos) << message;
    EXPECT_NE(message.find("34 avances"), std::string::npos) << message;
    EXPECT_NE(message.find(" y 4 documentos"), std::string::npos) << message;
    for (const char* english : {"sessions", "agreements", "convenio_progress", "documents"}) {
        EXPECT_EQ(message.find(english), std::string::npos) << message;
    }
}

// A programme's line or action that activities name cannot be dropped by
// a change: the answer says which and who names it, in Spanish, and the
// programme stays as it was; one nobody names can.
TEST_F(ApiRecords, AProgrammeKeepsTheLinesAndActionsOthersName) {
    auto client = as(Role::Capturist);
    auto before = client.get("/api/v1/work_programmes/pat-2021");
    ASSERT_EQ(before.status, 200);
    auto programme = before.json();
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& line : programme["lines"]) {
        if (line["number"] != 3) {  // activities of the demo name «pat-2021/3/A»
            lines.push_back(line);
        }
    }
    auto refused =
        client.patch("/api/v1/work_programmes/pat-2021", nlohmann::json{{"lines", lines}}.dump());
    ASSERT_EQ(refused.status, 409) << refused.body;
    auto error = refused.json()["errores"][0];
    EXPECT_EQ(error["campo"], "lines");
    EXPECT_EQ(error["regla"], "linea_referida");
    auto message = error["mensaje"].get<std::string>();
    EXPECT_NE(message.find("la línea \"pat-2021/3\""), std::string::npos) << message;
    EXPECT_NE(message.find("actividades"), std::string::npos) << message;
    EXPECT_EQ(client.get("/api/v1/work_programmes/pat-2021").body, before.body);

    // Line 3 without its action A: refused the same way, as an action.
    lines = programme["lines"];
    for (auto& line : lines) {
        if (line["number"] == 3) {
            line["actions"].erase(line["actions"].begin());
        }
    }
    refused =
        client.patch("/api/v1/work_programmes/pat-2021", nlohmann::json{{"lines", lines}}.dump());
    ASSERT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()["errores"][0]["regla"], "accion_referida");

    // An action added, that nothing names yet, goes again.
    lines = programme["lines"];
    lines.front()["actions"].push_back({{"letter", "Z"}, {"text", "Acción de prueba."}});
    auto added =
        client.patch("/api/v1/work_programmes/pat-2021", nlohmann::json{{"lines", lines}}.dump());
    ASSERT_EQ(added.status, 200) << added.body;
    auto dropped = client.patch("/api/v1/work_programmes/pat-2021",
                                nlohmann::json{{"lines", programme["lines"]}}.dump());
    EXPECT_EQ(dropped.status, 200) << dropped.body;
    EXPECT_EQ(client.get("/api/v1/work_programmes/pat-2021").json()["lines"], programme["lines"]);
}

TEST_F(ApiRecords, DeletingAnUnreferencedRecordAnswers204AndThenItIsGone) {
    auto client = as(Role::Capturist);
    ASSERT_EQ(client.post("/api/v1/agreements", NEW_AGREEMENT).status, 201);
    auto deleted = client.remove("/api/v1/agreements/CVOE/048/21");
    EXPECT_EQ(deleted.status, 204) << deleted.body;
    EXPECT_EQ(deleted.body, "");
    EXPECT_EQ(client.get("/api/v1/agreements/CVOE/048/21").status, 404);
    EXPECT_EQ(client.remove("/api/v1/agreements/CVOE/048/21").status, 404);

    // A record without a key field is addressed by its number.
    ASSERT_EQ(client.get("/api/v1/election_notes/1").status, 200);
    EXPECT_EQ(client.remove("/api/v1/election_notes/1").status, 204);
    EXPECT_EQ(client.get("/api/v1/election_notes/1").status, 404);
    EXPECT_EQ(every_page(client, "/api/v1/election_notes").size(), 2u);
}

}  // namespace
}  // namespace vincula::testing
