// Who may do what, as a user meets it: every route of the route table,
// called by the public and by a user of each role, answers the status the
// rules (docs: the issue's roles, api/permissions.cpp) give. Requests that a
// role may make are built so that they write nothing: bodies that fail
// validation (422), deletions of records others refer to (409), keys that do
// not exist (404). So "allowed" shows as 200/204/404/409/422 and "refused"
// as 401 (sign in first) or 403 (the role may not).
#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "domain/dataset.h"
#include "http/routes.h"
#include "support/api_server.h"

namespace vincula::testing {
namespace {

// Columns, in the order of ALL_ROLES: público, administrador, capturista,
// area, consejeria, jurado.
using Statuses = std::array<int, 6>;

struct Call {
    std::string_view method;
    std::string_view path;
    std::string_view body;
    Statuses expected;
};

// «{n}» is replaced by the column: an account (even one that does not
// exist) waits after 5 failures, so each role tries its own.
constexpr std::string_view WRONG_PASSWORD =
    R"({"email": "nadie{n}@vincula.test", "password": "no es la contraseña"})";

// clang-format off
const std::vector<Call> MATRIX = {
    //                                                                       púb  adm  cap  area cons jur
    // The service: open to all.
    {"GET",    "/api/v1/salud",                                         "", {200, 200, 200, 200, 200, 200}},
    {"GET",    "/api/v1/openapi.json",                                  "", {200, 200, 200, 200, 200, 200}},
    // Accounts. Anyone may try to sign in; signing out without a session is harmless.
    {"POST",   "/api/v1/sesion",                            WRONG_PASSWORD, {401, 401, 401, 401, 401, 401}},
    {"GET",    "/api/v1/sesion",                                        "", {401, 200, 200, 200, 200, 200}},
    {"DELETE", "/api/v1/sesion",                                        "", {204, 204, 204, 204, 204, 204}},
    {"POST",   "/api/v1/tokens",                                      "{}", {401, 422, 422, 422, 422, 422}},
    {"GET",    "/api/v1/tokens",                                        "", {401, 200, 200, 200, 200, 200}},
    {"DELETE", "/api/v1/tokens/999999",                                 "", {401, 404, 404, 404, 404, 404}},
    {"GET",    "/api/v1/users",                                         "", {401, 200, 403, 403, 403, 403}},
    {"POST",   "/api/v1/users",                                       "{}", {401, 422, 403, 403, 403, 403}},
    {"PATCH",  "/api/v1/users/999999",                                "{}", {401, 404, 403, 403, 403, 403}},
    {"POST",   "/api/v1/users/999999/enlace",                           "", {401, 404, 403, 403, 403, 403}},
    // The change history: administrators and councillors, who review.
    {"GET",    "/api/v1/audit",                                         "", {401, 200, 403, 403, 200, 403}},
    // Whole bundles: administrators only.
    {"POST",   "/api/v1/import",                                      "{}", {401, 422, 403, 403, 403, 403}},
    {"GET",    "/api/v1/export",                                        "", {401, 200, 403, 403, 403, 403}},
    // Reports and the review: every signed-in role but jurors; the public
    // only reports approved for publication (the demo's is not).
    {"GET",    "/api/v1/reports?commission=CVOE&quarter=2021-T4&format=json", "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/reports/publications",                          "", {200, 200, 200, 200, 200, 200}},
    {"POST",   "/api/v1/reports/publications",                        "{}", {401, 422, 403, 403, 422, 403}},
    {"POST",   "/api/v1/reports/withdrawals",                         "{}", {401, 422, 403, 403, 422, 403}},
    {"GET",    "/api/v1/checks?commission=CVOE&quarter=2021-T4",        "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/sessions/o10-2021/documents/minuta?format=md",  "", {401, 200, 200, 200, 200, 403}},
    // The expediente: those who read the record see its files; those who
    // write it attach them (an area only to its convenios); the approved
    // minuta is frozen by those who write sessions (o12's has no approval).
    {"GET",    "/api/v1/files?array=sessions&key=o10-2021",             "", {401, 200, 200, 200, 200, 403}},
    {"POST",   "/api/v1/files?array=sessions&key=o10-2021&name=a.pdf", "{}", {401, 422, 422, 403, 403, 403}},
    {"GET",    "/api/v1/files/999999",                                  "", {401, 404, 404, 404, 404, 404}},
    {"POST",   "/api/v1/sessions/o12-2021/minutes/approval",          "{}", {401, 422, 422, 403, 403, 403}},
    // An approved minuta is public; a draft is no one's to read here.
    {"GET",    "/api/v1/sessions/o10-2021/minutes?format=md",           "", {200, 200, 200, 200, 200, 200}},
    {"GET",    "/api/v1/sessions/o12-2021/minutes?format=md",           "", {404, 404, 404, 404, 404, 404}},
    // Lists of every array. The public reads what transparency law
    // publishes; personal data only administrators and capturists (and
    // jurors their scores); jurors only their contest.
    {"GET",    "/api/v1/areas",                                         "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/people",                                        "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/organizations",                                 "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/commissions",                                   "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/memberships",                                   "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/sessions",                                      "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/attendance",                                    "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/agenda_items",                                  "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/agreements",                                    "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/votes",                                         "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/vote_opinions",                                 "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/agreement_follow_ups",                          "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/minutes_observations",                          "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/work_programmes",                               "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/no_activity",                                   "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/action_texts",                                  "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/document_series",                               "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/documents",                                     "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/activities",                                    "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/external_sessions",                             "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/sivople_reports",                               "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/election_notes",                                "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/convenios",                                     "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/convenio_progress",                             "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/accompaniments",                                "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/pertinence_opinions",                           "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/convenio_baselines",                            "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/networks",                                      "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/contacts",                                      "", {401, 200, 200, 403, 403, 403}},
    {"GET",    "/api/v1/mailings",                                      "", {401, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/contests",                                      "", {401, 200, 200, 200, 200, 200}},
    {"GET",    "/api/v1/registrations",                                 "", {401, 200, 200, 403, 403, 403}},
    {"GET",    "/api/v1/jurors",                                        "", {401, 200, 200, 403, 403, 403}},
    {"GET",    "/api/v1/rubric",                                        "", {401, 200, 200, 200, 200, 200}},
    {"GET",    "/api/v1/scores",                                        "", {401, 200, 200, 403, 403, 200}},
    {"GET",    "/api/v1/sesiones",                                      "", {404, 404, 404, 404, 404, 404}},
    // One record. The public does not learn of a convenio not in force.
    {"GET",    "/api/v1/agreements/CVOE/036/21",                        "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/convenios/c-xochimilco-ayc",                    "", {200, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/convenios/c-semovi",                            "", {404, 200, 200, 200, 200, 403}},
    {"GET",    "/api/v1/registrations/vff4-r01",                        "", {401, 200, 200, 403, 403, 403}},
    {"GET",    "/api/v1/contacts/1",                                    "", {401, 404, 404, 403, 403, 403}},
    {"GET",    "/api/v1/convenio_progress/1",                           "", {401, 200, 200, 200, 200, 403}},
    // Creating: capturists capture everything; areas only progress; jurors only scores.
    {"POST",   "/api/v1/agreements",                                  "{}", {401, 422, 422, 403, 403, 403}},
    {"POST",   "/api/v1/sessions",                                    "{}", {401, 422, 422, 403, 403, 403}},
    {"POST",   "/api/v1/convenio_progress",                           "{}", {401, 422, 422, 422, 403, 403}},
    // Areas record the fulfilment of the agreements they answer for.
    {"POST",   "/api/v1/agreement_follow_ups",                        "{}", {401, 422, 422, 422, 403, 403}},
    // Councillors observe draft minutas.
    {"POST",   "/api/v1/minutes_observations",                        "{}", {401, 422, 422, 403, 422, 403}},
    {"POST",   "/api/v1/registrations",                               "{}", {401, 422, 422, 403, 403, 403}},
    {"POST",   "/api/v1/scores",                                      "{}", {401, 422, 422, 403, 403, 422}},
    // Changing. Progress 1 is of c-xochimilco-ayc, which no area operates.
    {"PATCH",  "/api/v1/agreements/CVOE/036/21",      R"({"date": "2021-02-30"})", {401, 422, 422, 403, 403, 403}},
    {"PATCH",  "/api/v1/convenio_progress/1",      R"({"session": "no-existe"})", {401, 422, 422, 403, 403, 403}},
    {"PATCH",  "/api/v1/scores/999999",                                   "{}", {401, 404, 404, 403, 403, 404}},
    // Deleting: a session agreements refer to stays (409).
    {"DELETE", "/api/v1/sessions/o10-2021",                                 "", {401, 409, 409, 403, 403, 403}},
    {"DELETE", "/api/v1/convenio_progress/999999",                          "", {401, 404, 404, 404, 403, 403}},
    {"DELETE", "/api/v1/scores/999999",                                     "", {401, 404, 404, 403, 403, 404}},
};
// clang-format on

std::string_view path_only(std::string_view target) {
    return target.substr(0, target.find('?'));
}

http::Method method_of(std::string_view name) {
    if (name == "POST") {
        return http::Method::Post;
    }
    if (name == "PATCH") {
        return http::Method::Patch;
    }
    if (name == "DELETE") {
        return http::Method::Delete;
    }
    return http::Method::Get;
}

class ApiRouteMatrix : public ::testing::Test {
protected:
    void SetUp() override { m_server = &ApiServer::shared(); }
    ApiServer* m_server = nullptr;
};

TEST_F(ApiRouteMatrix, EveryRouteOfTheTableIsInTheMatrix) {
    std::set<const http::Route*> covered;
    for (const auto& call : MATRIX) {
        auto match = http::match_route(method_of(call.method), path_only(call.path));
        EXPECT_NE(match.route, nullptr) << call.method << ' ' << call.path << " is no route";
        covered.insert(match.route);
    }
    for (const auto& route : http::routes()) {
        EXPECT_TRUE(covered.contains(&route))
            << http::method_name(route.method) << ' ' << route.pattern << " is not in the matrix";
    }
}

TEST_F(ApiRouteMatrix, EveryArrayOfTheBundleIsListedInTheMatrix) {
    std::set<std::string> listed;
    for (const auto& call : MATRIX) {
        auto path = std::string(path_only(call.path));
        if (call.method == "GET" && std::count(path.begin(), path.end(), '/') == 3) {
            listed.insert(path.substr(std::string_view("/api/v1/").size()));
        }
    }
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, const auto&) {
        EXPECT_TRUE(listed.contains(std::string(info.name))) << info.name;
    });
}

TEST_F(ApiRouteMatrix, EachRoleGetsTheStatusTheRulesGive) {
    std::vector<HttpClient> clients;
    for (auto role : ALL_ROLES) {
        clients.push_back(m_server->client(role));
    }
    for (const auto& call : MATRIX) {
        for (std::size_t column = 0; column < ALL_ROLES.size(); ++column) {
            auto body = std::string(call.body);
            if (auto n = body.find("{n}"); n != std::string::npos) {
                body.replace(n, 3, std::to_string(column));
            }
            auto answer = clients[column].send(call.method, std::string(call.path), body);
            EXPECT_EQ(answer.status, call.expected[column])
                << call.method << ' ' << call.path << " as " << role_name(ALL_ROLES[column]) << ": "
                << answer.body.substr(0, 300);
        }
    }
}

TEST_F(ApiRouteMatrix, PersonalDataIsNeverShownToRolesThatDoNotNeedIt) {
    // Registration vff4-r01 is a contest entrant's record (name, birth date).
    for (auto role : {Role::Public, Role::Area, Role::Council}) {
        auto client = m_server->client(role);
        for (const auto* path : {"/api/v1/registrations", "/api/v1/registrations/vff4-r01",
                                 "/api/v1/registrations?contest=vff4", "/api/v1/contacts"}) {
            auto answer = client.get(path);
            EXPECT_TRUE(answer.status == 401 || answer.status == 403)
                << path << " as " << role_name(role) << ": " << answer.status;
            EXPECT_EQ(answer.body.find("1996-08-27"), std::string::npos) << answer.body;
            EXPECT_EQ(answer.body.find("Registro anónimo"), std::string::npos) << answer.body;
        }
    }
    auto capturist = m_server->client(Role::Capturist).get("/api/v1/registrations/vff4-r01");
    EXPECT_EQ(capturist.status, 200);
    EXPECT_EQ(capturist.json()["birth_date"], "1996-08-27");
}

TEST_F(ApiRouteMatrix, ThePublicSeesOnlyConveniosInForce) {
    auto answer = m_server->client(Role::Public).get("/api/v1/convenios?limit=500");
    ASSERT_EQ(answer.status, 200);
    auto records = answer.json()["registros"];
    EXPECT_EQ(records.size(), 38u);  // of the demo's 45
    for (const auto& convenio : records) {
        EXPECT_EQ(convenio["status"], "vigente") << convenio.dump();
    }
    auto all = m_server->client(Role::Council).get("/api/v1/convenios?limit=500");
    EXPECT_EQ(all.json()["registros"].size(), 45u);
}

}  // namespace
}  // namespace vincula::testing
