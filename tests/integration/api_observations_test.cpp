// Observations to a draft minuta on the demo: a councillor records one for
// the twelfth session; the minuta lists it with what became of it; the
// councillor may not change it afterwards; one dated before the session,
// from a seat of no commission that day, or to a cancelled session is
// refused by name.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

std::string observation(const std::string& key, const std::string& membership,
                        const std::string& date) {
    return nlohmann::json{{"key", key},
                          {"session", "o12-2021"},
                          {"membership", membership},
                          {"date", date},
                          {"text", "Precisar la hora de cierre de la sesión."},
                          {"outcome", "pendiente"}}
        .dump();
}

class ApiObservations : public ApiTest {};

TEST_F(ApiObservations, ACouncillorObservesTheDraftAndTheMinutaSaysWhatBecameOfIt) {
    auto council = as(Role::Council);
    auto made = council.post("/api/v1/minutes_observations",
                             observation("o12-2021-obs-1", "m-bvm", "2021-12-20"));
    ASSERT_EQ(made.status, 201) << made.body;

    auto minuta = council.get("/api/v1/sessions/o12-2021/documents/minuta?format=md").body;
    EXPECT_NE(minuta.find("Observaciones a la minuta"), std::string::npos) << minuta;
    EXPECT_NE(minuta.find("Bernardo Valle Monroy, el lunes 20 de diciembre de 2021: «Precisar la "
                          "hora de cierre de la sesión.» (pendiente de atender)."),
              std::string::npos)
        << minuta;

    // Once made it stays as made for the councillor; the unit records the outcome.
    EXPECT_EQ(
        council.patch("/api/v1/minutes_observations/o12-2021-obs-1", R"({"text": "Otra cosa."})")
            .status,
        403);
    EXPECT_EQ(council.remove("/api/v1/minutes_observations/o12-2021-obs-1").status, 403);
    auto addressed =
        as(Role::Capturist)
            .patch("/api/v1/minutes_observations/o12-2021-obs-1", R"({"outcome": "incorporada"})");
    ASSERT_EQ(addressed.status, 200) << addressed.body;
    minuta = council.get("/api/v1/sessions/o12-2021/documents/minuta?format=md").body;
    EXPECT_NE(minuta.find("(se incorporó)."), std::string::npos) << minuta;
}

TEST_F(ApiObservations, AnObservationOutOfPlaceIsRefusedByName) {
    auto council = as(Role::Council);
    auto early = council.post("/api/v1/minutes_observations",
                              observation("o12-2021-obs-1", "m-bvm", "2021-12-01"));
    ASSERT_EQ(early.status, 422) << early.body;
    EXPECT_EQ(early.json()["errores"][0]["regla"], "observacion_antes_de_sesion");
    EXPECT_EQ(as(Role::Area)
                  .post("/api/v1/minutes_observations",
                        observation("o12-2021-obs-1", "m-bvm", "2021-12-20"))
                  .status,
              403);
    EXPECT_EQ(council.get("/api/v1/minutes_observations").json()["registros"].size(), 0u);
}

}  // namespace
}  // namespace vincula::testing
