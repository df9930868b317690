// Inicio opens on the work waiting for whoever signed in: the unit's staff
// on sessions without a roll call, minutas to approve and overdue
// agreements; an area on its convenios without progress this quarter.
// Each item leaves the list once the work is done.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// The part of Inicio under one heading of «Lo que falta».
std::string group_of(const std::string& page, const std::string& title) {
    auto start = page.find("<h3>" + title + "</h3>");
    if (start == std::string::npos) {
        return "";
    }
    return page.substr(start, page.find("</article>", start) - start);
}

TEST(HomePending, StaffSeeSessionsWithoutARollAndOverdueAgreementsUntilTheyAreDone) {
    auto server = ApiServer::start();
    auto api = server->client(Role::Capturist);
    auto staff = server->signed_in(Role::Capturist);
    auto held = api.post("/api/v1/sessions", R"({"commission": "CVOE", "type": "ordinaria",
        "date": "2021-12-20", "modality": "presencial"})");
    ASSERT_EQ(held.status, 201) << held.body;
    auto follow_up = api.post("/api/v1/agreement_follow_ups", R"({"agreement": "CVOE/044/21",
        "instruction": "Publicar la minuta en el portal", "areas": ["UTVOE"],
        "deadline": "2021-12-31", "status": "en_proceso"})");
    ASSERT_EQ(follow_up.status, 201) << follow_up.body;

    auto home = staff.get("/?trimestre=2021-T4");
    ASSERT_EQ(home.status, 200);
    auto without_roll = group_of(home.body, "Sesiones celebradas sin lista de asistencia");
    EXPECT_NE(without_roll.find("/sesiones/o13-2021#asistencia"), std::string::npos)
        << without_roll;
    EXPECT_NE(without_roll.find("Décima tercera sesión ordinaria de 2021"), std::string::npos);
    auto overdue = group_of(home.body, "Acuerdos vencidos");
    EXPECT_NE(overdue.find("CVOE/044/21: Publicar la minuta en el portal"), std::string::npos)
        << overdue;
    // The link opens that one follow-up, whatever page of the worklist it falls on.
    const std::string href = "/acuerdos?acuerdo=CVOE%2F044%2F21#seguimiento-CVOE-044-21";
    EXPECT_NE(overdue.find(href), std::string::npos) << overdue;
    auto one = staff.get(href.substr(0, href.find('#')));
    ASSERT_EQ(one.status, 200);
    EXPECT_NE(one.body.find("id=\"seguimiento-CVOE-044-21\""), std::string::npos);
    EXPECT_NE(one.body.find("Publicar la minuta en el portal"), std::string::npos);

    // The roll taken and the agreement fulfilled: neither is pending.
    auto roll = api.post("/api/v1/attendance", R"({"session": "o13-2021", "present": []})");
    ASSERT_EQ(roll.status, 201) << roll.body;
    auto done = api.patch("/api/v1/agreement_follow_ups/CVOE/044/21",
                          R"({"status": "cumplido", "fulfilled_on": "2021-12-15",
                              "evidence": "Publicada el 15 de diciembre."})");
    ASSERT_EQ(done.status, 200) << done.body;
    home = staff.get("/?trimestre=2021-T4");
    EXPECT_EQ(group_of(home.body, "Sesiones celebradas sin lista de asistencia").find("o13-2021"),
              std::string::npos);
    EXPECT_EQ(group_of(home.body, "Acuerdos vencidos").find("CVOE/044/21"), std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

TEST(HomePending, AnAreaSeesItsConveniosWithoutProgressThisQuarter) {
    auto server = ApiServer::start();
    auto area = server->signed_in(Role::Area);
    auto api = server->client(Role::Area);
    // The first quarter of 2022: nothing reported yet for UTVOE's convenios.
    auto home = area.get("/?trimestre=2022-T1");
    ASSERT_EQ(home.status, 200);
    auto silent = group_of(home.body, "Sus convenios sin avance este trimestre");
    ASSERT_NE(silent.find("/convenios/c-jce#avances-titulo"), std::string::npos) << silent;
    // Not another area's convenio, nor the staff's lists.
    EXPECT_EQ(silent.find("c-infocdmx"), std::string::npos);
    EXPECT_EQ(home.body.find("Sesiones celebradas sin lista de asistencia"), std::string::npos);

    auto progress = api.post("/api/v1/convenio_progress", R"({"convenio": "c-jce",
        "session": "o1-2022", "area": "UTVOE", "text": "Se firmó el programa de trabajo."})");
    ASSERT_EQ(progress.status, 201) << progress.body;
    home = area.get("/?trimestre=2022-T1");
    EXPECT_EQ(
        group_of(home.body, "Sus convenios sin avance este trimestre").find("/convenios/c-jce#"),
        std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
