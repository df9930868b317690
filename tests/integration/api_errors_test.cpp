// What a client gets when it asks wrongly: always JSON
// {"errores": [{"campo", "regla", "mensaje"}]} with the status that says
// whose fault it is, never a 500 (the test client fails any test that gets
// one), and a refused write leaves the database and its history as they were.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

constexpr std::size_t MEBIBYTE = 1024 * 1024;

class ApiErrors : public ApiTest {
protected:
    std::size_t count(const std::string& array) {
        auto answer = as(Role::Administrator).get("/api/v1/" + array + "?limit=500");
        EXPECT_EQ(answer.status, 200) << answer.body;
        return answer.json()["registros"].size();
    }
    std::size_t audit_rows() {
        auto answer = as(Role::Administrator).get("/api/v1/audit?limit=500");
        EXPECT_EQ(answer.status, 200) << answer.body;
        return answer.json()["registros"].size();
    }
    // The first error of an answer, checking the shape every error has.
    static Json first_error(const HttpResponse& answer) {
        auto body = answer.json();
        EXPECT_EQ(answer.header("Content-Type"), "application/json; charset=utf-8");
        if (body.is_discarded() || !body["errores"].is_array() || body["errores"].empty()) {
            ADD_FAILURE() << "not an error answer: " << answer.body;
            return Json::object();
        }
        for (const auto& error : body["errores"]) {
            EXPECT_TRUE(error["campo"].is_string() && error["regla"].is_string() &&
                        error["mensaje"].is_string())
                << error.dump();
        }
        return body["errores"][0];
    }
};

TEST_F(ApiErrors, InvalidFieldsAnswer422WithEveryProblemAndWriteNothing) {
    auto agreements = count("agreements");
    auto history = audit_rows();
    auto answer = as(Role::Capturist)
                      .post("/api/v1/agreements",
                            R"({"session": "o12-2021", "date": "2021-02-30", "kind": "otrx",
                                "result": "aprobado", "title": "Fecha imposible"})");
    ASSERT_EQ(answer.status, 422) << answer.body;
    first_error(answer);
    bool date = false;
    bool kind = false;
    auto errors = answer.json()["errores"];
    for (const auto& error : errors) {
        if (error["campo"] == "date") {
            date = true;
            EXPECT_EQ(error["regla"], "fecha_valida");
            EXPECT_NE(error["mensaje"].get<std::string>().find("2021-02-30"), std::string::npos);
        }
        if (error["campo"] == "kind") {
            kind = true;
            EXPECT_EQ(error["regla"], "valor_permitido");
        }
    }
    EXPECT_TRUE(date && kind) << "both problems at once: " << answer.body;
    EXPECT_EQ(count("agreements"), agreements);
    EXPECT_EQ(audit_rows(), history);
}

TEST_F(ApiErrors, InvalidChangeAnswers422AndKeepsTheRecord) {
    auto client = as(Role::Capturist);
    auto before = client.get("/api/v1/sessions/o11-2021").body;
    auto history = audit_rows();
    auto answer = client.patch("/api/v1/sessions/o11-2021", R"({"date": "24/11/2021"})");
    ASSERT_EQ(answer.status, 422) << answer.body;
    EXPECT_EQ(first_error(answer)["campo"], "date");
    EXPECT_EQ(client.get("/api/v1/sessions/o11-2021").body, before);
    EXPECT_EQ(audit_rows(), history);
}

TEST_F(ApiErrors, MalformedJsonAnswers400) {
    auto client = as(Role::Capturist);
    auto created = client.post("/api/v1/agreements", R"({"title": )");
    ASSERT_EQ(created.status, 400) << created.body;
    EXPECT_EQ(first_error(created)["regla"], "cuerpo_json");
    EXPECT_EQ(client.patch("/api/v1/agreements/CVOE/036/21", "no es JSON").status, 400);
    EXPECT_EQ(as(Role::Public).post("/api/v1/sesion", "{").status, 400);
}

// ~350 KB of nested objects, under the size limit: copying such a document
// once exhausted the server's stack. It is refused before it is built, and
// the server goes on answering.
TEST_F(ApiErrors, DeeplyNestedJsonAnswers400AndTheServerGoesOn) {
    auto client = as(Role::Capturist);
    auto history = audit_rows();
    std::string nested;
    for (int i = 0; i < 58000; ++i) {
        nested += "{\"a\":";
    }
    nested += "1";
    nested += std::string(58000, '}');
    std::string body = R"({"session": "o12-2021", "title": "Anidado", "x": )" + nested + "}";
    for (const auto* path : {"/api/v1/agreements", "/api/v1/sesion"}) {
        auto answer = client.post(path, body);
        ASSERT_EQ(answer.status, 400) << path << ": " << answer.body.substr(0, 300);
        EXPECT_EQ(first_error(answer)["regla"], "json_profundidad");
        EXPECT_TRUE(first_error(answer)["campo"].get<std::string>().starts_with("x.a.a.a"));
    }
    auto changed = client.patch("/api/v1/sessions/o11-2021", "[" + nested + "]");
    EXPECT_EQ(changed.status, 400);
    EXPECT_EQ(client.get("/api/v1/sessions/o11-2021").status, 200);
    EXPECT_EQ(audit_rows(), history);
}

// The bundle already refused a key given twice; the API kept the last one
// silently. A number beyond a double was an internal error.
TEST_F(ApiErrors, RepeatedKeysAndHugeNumbersAnswer400NamingThem) {
    auto client = as(Role::Capturist);
    auto history = audit_rows();
    auto repeated =
        client.patch("/api/v1/sessions/o11-2021", R"({"notes": "primera", "notes": "segunda"})");
    ASSERT_EQ(repeated.status, 400) << repeated.body;
    EXPECT_EQ(first_error(repeated)["regla"], "clave_json_unica");
    EXPECT_EQ(first_error(repeated)["campo"], "notes");
    auto huge = client.patch("/api/v1/sessions/o11-2021", R"({"number": 1e400})");
    ASSERT_EQ(huge.status, 400) << huge.body;
    EXPECT_EQ(first_error(huge)["regla"], "numero_representable");
    EXPECT_EQ(audit_rows(), history);
}

// Number 1000 was once stored, and from then on every page that names the
// session as an ordinal answered 500. What no page can print is refused.
TEST_F(ApiErrors, NumbersAndTextsBeyondWhatPagesPrintAnswer422) {
    auto client = as(Role::Capturist);
    auto history = audit_rows();
    Json session{{"key", "e2-2021"},          {"commission", "CVOE"},  {"year", 2021},
                 {"type", "extraordinaria"},  {"number", 1000},        {"date", "2021-12-20"},
                 {"modality", "a_distancia"}, {"status", "programada"}};
    auto thousand = client.post("/api/v1/sessions", session.dump());
    ASSERT_EQ(thousand.status, 422) << thousand.body;
    EXPECT_EQ(first_error(thousand)["campo"], "number");
    EXPECT_EQ(first_error(thousand)["regla"], "rango_numero");
    session["number"] = 2;
    session["year"] = 0;
    auto year_zero = client.post("/api/v1/sessions", session.dump());
    ASSERT_EQ(year_zero.status, 422) << year_zero.body;
    EXPECT_EQ(first_error(year_zero)["campo"], "year");
    auto negative = client.patch("/api/v1/sessions/o11-2021", R"({"number": -4})");
    EXPECT_EQ(negative.status, 422) << negative.body;
    auto long_title = client.patch("/api/v1/agreements/CVOE/036/21",
                                   Json{{"title", std::string(10000, 'x')}}.dump());
    ASSERT_EQ(long_title.status, 422) << long_title.body;
    EXPECT_EQ(first_error(long_title)["regla"], "texto_largo");
    EXPECT_EQ(audit_rows(), history);
    EXPECT_EQ(as(Role::Public).get("/transparencia/CVOE/2021").status, 200);
}

TEST_F(ApiErrors, ASessionCannotBeHeldBeforeItsDayNorAJurorAccountBeNoJuror) {
    auto client = as(Role::Capturist);
    auto history = audit_rows();
    // 2031: years ahead of any day these tests run.
    Json session{{"key", "o1-futura"},        {"commission", "CVOE"}, {"year", 2031},
                 {"type", "ordinaria"},       {"number", 1},          {"date", "2031-01-15"},
                 {"modality", "a_distancia"}, {"status", "celebrada"}};
    auto held = client.post("/api/v1/sessions", session.dump());
    ASSERT_EQ(held.status, 422) << held.body;
    EXPECT_EQ(first_error(held)["campo"], "status");
    EXPECT_EQ(first_error(held)["regla"], "celebrada_futura");
    session["status"] = "programada";
    ASSERT_EQ(client.post("/api/v1/sessions", session.dump()).status, 201);
    auto marked = client.patch("/api/v1/sessions/o1-futura", R"({"status": "celebrada"})");
    ASSERT_EQ(marked.status, 422) << marked.body;
    EXPECT_EQ(first_error(marked)["regla"], "celebrada_futura");

    auto juror = as(Role::Administrator)
                     .post("/api/v1/users", R"({"email": "jurado2@vincula.test", "name": "Jurado",
                                               "role": "jurado", "password": "una-clave-larga"})");
    ASSERT_EQ(juror.status, 422) << juror.body;
    EXPECT_EQ(first_error(juror)["campo"], "juror");
    EXPECT_EQ(first_error(juror)["regla"], "obligatorio");
    EXPECT_EQ(audit_rows(), history + 1) << "only the scheduled session";
}

TEST_F(ApiErrors, UnknownFilterSortOrLimitAnswers400NamingIt) {
    auto client = as(Role::Council);
    auto filter = client.get("/api/v1/agreements?colour=rojo");
    ASSERT_EQ(filter.status, 400) << filter.body;
    EXPECT_EQ(first_error(filter)["campo"], "colour");
    EXPECT_EQ(first_error(filter)["regla"], "filtro_desconocido");
    auto sort = client.get("/api/v1/agreements?sort=-colour");
    ASSERT_EQ(sort.status, 400) << sort.body;
    EXPECT_EQ(first_error(sort)["regla"], "orden_desconocido");
    for (const auto* limit : {"0", "-1", "501", "diez"}) {
        auto answer = client.get(std::string("/api/v1/agreements?limit=") + limit);
        EXPECT_EQ(answer.status, 400) << limit << ": " << answer.body;
        EXPECT_EQ(first_error(answer)["regla"], "limite_valido") << limit;
    }
}

TEST_F(ApiErrors, UnknownArrayKeyOrPathAnswers404) {
    auto client = as(Role::Capturist);
    auto array = client.get("/api/v1/sesiones");
    ASSERT_EQ(array.status, 404) << array.body;
    EXPECT_EQ(first_error(array)["regla"], "recurso_inexistente");
    auto key = client.get("/api/v1/agreements/CVOE/999/21");
    ASSERT_EQ(key.status, 404) << key.body;
    EXPECT_EQ(first_error(key)["regla"], "registro_inexistente");
    EXPECT_EQ(client.patch("/api/v1/agreements/CVOE/999/21", R"({"title": "x"})").status, 404);
    EXPECT_EQ(client.remove("/api/v1/agreements/CVOE/999/21").status, 404);
    EXPECT_EQ(client.get("/api/v2/agreements").status, 404);
    EXPECT_EQ(client.send("PUT", "/api/v1/agreements/CVOE/036/21", "{}").status, 405);
}

TEST_F(ApiErrors, BodyOverOneMebibyteAnswers413AndWritesNothing) {
    auto agreements = count("agreements");
    auto history = audit_rows();
    auto client = as(Role::Capturist);
    std::string big = R"({"session": "no-existe", "kind": "otro", "title": ")";
    big += std::string(MEBIBYTE - big.size() + 1, 'x') + "\"}";
    auto refused = client.post("/api/v1/agreements", big);
    ASSERT_EQ(refused.status, 413) << refused.body.substr(0, 300);
    EXPECT_EQ(first_error(refused)["regla"], "cuerpo_demasiado_grande");
    // Just under the limit the body is read, and judged on its content.
    std::string fits = R"({"session": "no-existe", "kind": "otro", "title": ")";
    fits += std::string(MEBIBYTE - fits.size() - 2, 'x') + "\"}";
    ASSERT_EQ(fits.size(), MEBIBYTE);
    EXPECT_EQ(client.post("/api/v1/agreements", fits).status, 422);
    EXPECT_EQ(count("agreements"), agreements);
    EXPECT_EQ(audit_rows(), history);
}

// A cursor the store did not give is refused, never read as the first page
// (and never a 500 from a number that does not parse).
TEST_F(ApiErrors, MalformedCursorAnswers400) {
    auto client = as(Role::Capturist);
    for (const auto* cursor : {"i1:x", "r1:x", "cualquier-cosa"}) {
        auto answer = client.get(std::string("/api/v1/agreements?limit=5&cursor=") + cursor);
        EXPECT_EQ(answer.status, 400) << cursor << ": " << answer.body;
    }
}

// Every error a user can meet reads as a Spanish sentence, not a rule id.
TEST_F(ApiErrors, EveryErrorMessageIsASpanishSentence) {
    auto capturist = as(Role::Capturist);
    std::vector<HttpResponse> answers{
        as(Role::Public)
            .post("/api/v1/sesion",
                  R"({"email": "captura@vincula.test", "password": "equivocada"})"),
        as(Role::Public).get("/api/v1/people"),
        as(Role::Juror).get("/api/v1/people"),
        capturist.get("/api/v1/sesiones"),
        capturist.get("/api/v1/agreements/CVOE/999/21"),
        capturist.get("/api/v1/agreements?colour=rojo"),
        capturist.post("/api/v1/agreements", "{"),
        capturist.patch("/api/v1/agreements/CVOE/037/21", R"({"code": "CVOE/099/21"})"),
        capturist.remove("/api/v1/sessions/o10-2021"),
        capturist.post("/api/v1/agreements", std::string(MEBIBYTE + 1, ' ')),
    };
    for (const auto& answer : answers) {
        auto error = first_error(answer);
        auto message = error.value("mensaje", "");
        EXPECT_NE(message, error.value("regla", "")) << answer.status << ": " << answer.body;
        EXPECT_NE(message.find(' '), std::string::npos) << answer.status << ": " << answer.body;
    }
}

}  // namespace
}  // namespace vincula::testing
