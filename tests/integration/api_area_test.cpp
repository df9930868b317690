// An operating area's user reads, and records progress only on the
// convenios its area operates. The demo's area UTVOE operates c-jce and
// c-cne-ecuador; c-infocdmx is SE's; c-xochimilco-ayc is no area's.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

std::string progress_on(const std::string& convenio) {
    return nlohmann::json{{"convenio", convenio},
                          {"session", "o12-2021"},
                          {"text", "Se revisó el proyecto de convenio con la contraparte."}}
        .dump();
}

class ApiArea : public ApiTest {
protected:
    std::size_t progress_count() {
        auto answer = as(Role::Capturist).get("/api/v1/convenio_progress?limit=500");
        EXPECT_EQ(answer.status, 200) << answer.body;
        return answer.json()["registros"].size();
    }
};

TEST_F(ApiArea, RecordsProgressOnAConvenioOfItsArea) {
    auto area = as(Role::Area);
    auto created = area.post("/api/v1/convenio_progress", progress_on("c-jce"));
    ASSERT_EQ(created.status, 201) << created.body;
    auto id = created.json()["id"].get<long>();
    auto location = created.header("Location");
    EXPECT_EQ(location, "/api/v1/convenio_progress/" + std::to_string(id));

    auto listed = area.get("/api/v1/convenio_progress?convenio=c-jce").json()["registros"];
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["id"], id);

    auto changed = area.patch(location, R"({"text": "Se firmó el convenio."})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(area.get(location).json()["text"], "Se firmó el convenio.");
    // And removes it: its own convenio is read, not the database.
    EXPECT_EQ(area.remove(location).status, 204);
    EXPECT_EQ(area.get(location).status, 404);
}

TEST_F(ApiArea, IsRefusedProgressOnAnotherAreasConvenio) {
    auto before = progress_count();
    auto area = as(Role::Area);
    auto other = area.post("/api/v1/convenio_progress", progress_on("c-infocdmx"));
    ASSERT_EQ(other.status, 403) << other.body;
    EXPECT_EQ(other.json()["errores"][0]["regla"], "convenio_ajeno");
    EXPECT_EQ(area.post("/api/v1/convenio_progress", progress_on("c-xochimilco-ayc")).status, 403);
    // Progress 1 is of c-xochimilco-ayc: neither changed, nor moved to its own
    // convenio, nor deleted.
    EXPECT_EQ(area.patch("/api/v1/convenio_progress/1", R"({"text": "x"})").status, 403);
    EXPECT_EQ(area.patch("/api/v1/convenio_progress/1", R"({"convenio": "c-jce"})").status, 403);
    EXPECT_EQ(area.remove("/api/v1/convenio_progress/1").status, 403);
    EXPECT_EQ(progress_count(), before);
    EXPECT_EQ(as(Role::Capturist).get("/api/v1/convenio_progress/1").json()["convenio"],
              "c-xochimilco-ayc");
}

TEST_F(ApiArea, CannotMoveItsProgressToAnotherAreasConvenio) {
    auto area = as(Role::Area);
    auto created = area.post("/api/v1/convenio_progress", progress_on("c-cne-ecuador"));
    ASSERT_EQ(created.status, 201) << created.body;
    auto location = created.header("Location");
    EXPECT_EQ(area.patch(location, R"({"convenio": "c-infocdmx"})").status, 403);
    EXPECT_EQ(area.get(location).json()["convenio"], "c-cne-ecuador");
}

// Between two convenios of its own the move is the area's to make: the
// check reads the convenio the progress was on, as well as the new one.
TEST_F(ApiArea, MovesItsProgressBetweenItsOwnConvenios) {
    auto area = as(Role::Area);
    auto created = area.post("/api/v1/convenio_progress", progress_on("c-cne-ecuador"));
    ASSERT_EQ(created.status, 201) << created.body;
    auto location = created.header("Location");
    auto moved = area.patch(location, R"({"convenio": "c-jce"})");
    EXPECT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(area.get(location).json()["convenio"], "c-jce");
}

TEST_F(ApiArea, CannotCaptureAgreementsOrChangeConvenios) {
    auto area = as(Role::Area);
    auto agreement = area.post("/api/v1/agreements", R"({"session": "o12-2021", "kind": "otro",
        "result": "aprobado", "title": "Acuerdo de un área"})");
    EXPECT_EQ(agreement.status, 403) << agreement.body;
    EXPECT_EQ(agreement.json()["errores"][0]["regla"], "permiso_denegado");
    EXPECT_EQ(area.patch("/api/v1/convenios/c-jce", R"({"status": "vigente"})").status, 403);
    EXPECT_EQ(area.get("/api/v1/convenios/c-jce").json()["status"], "con_opinion");
    auto agreements = as(Role::Capturist).get("/api/v1/agreements?session=o12-2021").json();
    EXPECT_EQ(agreements["registros"].size(), 2u);  // CVOE/046/21 and CVOE/047/21
}

}  // namespace
}  // namespace vincula::testing
