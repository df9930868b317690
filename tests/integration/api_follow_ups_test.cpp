// The follow-up of agreements on the demo: the unit records what an
// agreement orders, to which area and by when; the area records its
// fulfilment and nothing else; the review and the «Informe sobre el
// cumplimiento de acuerdos» of the next session say where each stands.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// CVOE/044/21 was adopted in the eleventh session (24 November 2021); the
// twelfth is on 13 December.
std::string follow_up(const std::string& area, const std::string& deadline) {
    return nlohmann::json{{"agreement", "CVOE/044/21"},
                          {"instruction", "Remitir la minuta aprobada a la Secretaría Ejecutiva."},
                          {"areas", {area}},
                          {"deadline", deadline},
                          {"status", "en_proceso"}}
        .dump();
}

std::vector<std::string> rules_of(const HttpResponse& answer) {
    std::vector<std::string> rules;
    auto body = answer.json();
    for (const auto& error : body["errores"]) {
        rules.push_back(error["campo"].get<std::string>() + ":" +
                        error["regla"].get<std::string>());
    }
    return rules;
}

class ApiFollowUps : public ApiTest {
protected:
    std::string compliance_report() {
        auto answer =
            as(Role::Council).get("/api/v1/sessions/o12-2021/documents/cumplimiento?format=md");
        EXPECT_EQ(answer.status, 200) << answer.body;
        return answer.body;
    }

    std::vector<std::string> review_rules() {
        auto answer = as(Role::Council).get("/api/v1/checks?commission=CVOE&quarter=2021-T4");
        EXPECT_EQ(answer.status, 200) << answer.body;
        std::vector<std::string> rules;
        auto body = answer.json();
        for (const auto& finding : body["hallazgos"]) {
            rules.push_back(finding["regla"].get<std::string>());
        }
        return rules;
    }
};

TEST_F(ApiFollowUps, TheUnitAssignsTheAreaReportsAndTheSessionIsTold) {
    auto capturist = as(Role::Capturist);
    auto created = capturist.post("/api/v1/agreement_follow_ups", follow_up("UTVOE", "2021-12-10"));
    ASSERT_EQ(created.status, 201) << created.body;

    // Past its deadline on the day of the twelfth session: overdue, in the
    // report to that session and in the review of the quarter.
    auto report = compliance_report();
    EXPECT_NE(report.find("CVOE/044/21"), std::string::npos) << report;
    EXPECT_NE(report.find("Remitir la minuta aprobada"), std::string::npos);
    EXPECT_NE(report.find("Vencido"), std::string::npos);
    EXPECT_NE(report.find("Del acuerdo en seguimiento, uno venció sin cumplirse."),
              std::string::npos)
        << report;
    auto rules = review_rules();
    EXPECT_NE(std::find(rules.begin(), rules.end(), "seguimiento_vencido"), rules.end());

    // The area records the fulfilment: a date and evidence it must give.
    auto area = as(Role::Area);
    auto incomplete =
        area.patch("/api/v1/agreement_follow_ups/CVOE/044/21", R"({"status": "cumplido"})");
    ASSERT_EQ(incomplete.status, 422) << incomplete.body;
    EXPECT_EQ(rules_of(incomplete),
              (std::vector<std::string>{"fulfilled_on:cumplimiento_con_fecha",
                                        "evidence:cumplimiento_con_evidencia"}));
    auto fulfilled = area.patch(
        "/api/v1/agreement_follow_ups/CVOE/044/21",
        R"({"status": "cumplido", "fulfilled_on": "2021-12-01", "evidence": "Oficio IECM/UTVOE/120/2021."})");
    ASSERT_EQ(fulfilled.status, 200) << fulfilled.body;

    report = compliance_report();
    EXPECT_NE(report.find("Cumplido el miércoles 1 de diciembre de 2021"), std::string::npos)
        << report;
    EXPECT_NE(report.find("Oficio IECM/UTVOE/120/2021."), std::string::npos);
    EXPECT_NE(report.find("uno se cumplió"), std::string::npos);
    rules = review_rules();
    EXPECT_EQ(std::find(rules.begin(), rules.end(), "seguimiento_vencido"), rules.end());
}

TEST_F(ApiFollowUps, AnAreaChangesOnlyHowItsOwnStand) {
    ASSERT_EQ(as(Role::Capturist)
                  .post("/api/v1/agreement_follow_ups", follow_up("SE", "2021-12-10"))
                  .status,
              201);
    auto area = as(Role::Area);
    // Another area's agreement: neither changed nor removed.
    auto other = area.patch("/api/v1/agreement_follow_ups/CVOE/044/21",
                            R"({"status": "en_proceso", "evidence": "x"})");
    ASSERT_EQ(other.status, 403) << other.body;
    EXPECT_EQ(other.json()["errores"][0]["regla"], "seguimiento_ajeno");
    EXPECT_EQ(area.remove("/api/v1/agreement_follow_ups/CVOE/044/21").status, 403);
    // Nor may it take the agreement for itself, or assign a new one.
    EXPECT_EQ(
        area.patch("/api/v1/agreement_follow_ups/CVOE/044/21", R"({"areas": ["UTVOE"]})").status,
        403);
    auto created = area.post(
        "/api/v1/agreement_follow_ups",
        nlohmann::json{{"agreement", "CVOE/046/21"}, {"areas", {"UTVOE"}}, {"status", "en_proceso"}}
            .dump());
    EXPECT_EQ(created.status, 403) << created.body;

    auto stored = as(Role::Capturist).get("/api/v1/agreement_follow_ups/CVOE/044/21").json();
    EXPECT_EQ(stored["areas"], nlohmann::json({"SE"}));
    EXPECT_FALSE(stored.contains("evidence"));
}

TEST_F(ApiFollowUps, EveryRuleIsNamedAndNothingIsWritten) {
    auto capturist = as(Role::Capturist);
    auto answer = capturist.post("/api/v1/agreement_follow_ups",
                                 nlohmann::json{{"agreement", "CVOE/044/21"},
                                                {"areas", nlohmann::json::array()},
                                                {"deadline", "2021-11-01"},
                                                {"status", "en_proceso"},
                                                {"fulfilled_on", "2021-11-20"}}
                                     .dump());
    ASSERT_EQ(answer.status, 422) << answer.body;
    auto rules = rules_of(answer);
    for (const char* rule : {"areas:area_responsable", "fulfilled_on:fecha_sin_cumplimiento",
                             "deadline:antes_del_acuerdo", "fulfilled_on:antes_del_acuerdo"}) {
        EXPECT_NE(std::find(rules.begin(), rules.end(), rule), rules.end()) << rule << "\n"
                                                                            << answer.body;
    }
    EXPECT_EQ(capturist.get("/api/v1/agreement_follow_ups").json()["registros"].size(), 0u);
}

}  // namespace
}  // namespace vincula::testing
