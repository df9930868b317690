// «Auditoría» as a person reads it: the record by its name, the time on
// Mexico City's clocks, each changed field with its Spanish label and its
// values as the lists write them, and a filter by the Spanish name of the
// kind of record.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

TEST(AuditPage, SaysWhatChangedFieldByFieldInSpanishAtLocalTime) {
    auto server = ApiServer::start();
    auto api = server->client(Role::Capturist);
    auto changed = api.patch("/api/v1/sessions/o10-2021", R"({"modality": "presencial"})");
    ASSERT_EQ(changed.status, 200) << changed.body;

    auto admin = server->signed_in(Role::Administrator);
    auto page = admin.get("/auditoria?array=sessions");
    ASSERT_EQ(page.status, 200);
    const auto& body = page.body;
    // The filter offers the kinds of record by their Spanish names.
    EXPECT_NE(body.find("<option value=\"sessions\" selected>Sesiones</option>"),
              std::string::npos);
    // The record by its name; the one field that changed, before and after.
    auto row = body.substr(body.find("<tbody><tr>"));
    row = row.substr(0, row.find("</details>"));
    EXPECT_NE(row.find("Décima sesión ordinaria de 2021 (CVOE)"), std::string::npos) << row;
    EXPECT_NE(row.find("Ver 1 campo</summary>"), std::string::npos) << row;
    EXPECT_NE(row.find("<th scope=\"row\">Modalidad</th><td>A distancia</td><td>Presencial</td>"),
              std::string::npos)
        << row;
    // No English field names, no raw JSON, no UTC.
    EXPECT_EQ(row.find("modality"), std::string::npos);
    EXPECT_EQ(row.find("{"), std::string::npos);
    EXPECT_EQ(row.find("UTC"), std::string::npos);
    // «6 de diciembre de 2026, 16:33»: a day in words and a local time.
    EXPECT_TRUE(
        std::regex_search(row, std::regex(R"(<td>\d{1,2} de [a-z]+ de \d{4}, \d{2}:\d{2}</td>)")))
        << row;
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
