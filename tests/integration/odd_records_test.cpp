// A record stored before today's rules (a session numbered 5000, written
// when numbers had no bounds, or by hand on the file) must not take a page
// down: pages answer, the review names what it could not read, the report
// says why it cannot be made instead of a bare server error.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

class OddRecords : public ApiTest {};

TEST_F(OddRecords, AnOldOutOfRangeNumberDoesNotTakeAnyPageDown) {
    auto changed = run_process({"sqlite3", m_server->database(),
                                "UPDATE sessions SET number = 5000 WHERE key = 'o10-2021';"});
    ASSERT_EQ(changed.exit_code, 0) << changed.err;
    auto staff = m_server->signed_in(Role::Capturist);
    for (const char* page :
         {"/", "/sesiones", "/sesiones/o10-2021", "/sesiones/o11-2021", "/sesiones/calendario",
          "/convenios", "/convenios/c-xochimilco-ayc", "/informe?comision=CVOE&trimestre=2021-T4",
          "/revision?comision=CVOE&trimestre=2021-T4", "/registros/sessions"}) {
        auto answer = staff.get(page);
        EXPECT_EQ(answer.status, 200) << page << ": " << answer.body.substr(0, 300);
    }
    EXPECT_NE(staff.get("/sesiones").body.find("número 5000"), std::string::npos);
    auto review = as(Role::Capturist).get("/api/v1/checks?commission=CVOE&quarter=2021-T4");
    ASSERT_EQ(review.status, 200) << review.body;
    auto report =
        as(Role::Capturist).get("/api/v1/reports?commission=CVOE&quarter=2021-T4&format=md");
    EXPECT_LT(report.status, 500) << report.body.substr(0, 300);
    auto published = as(Role::Public).get("/transparencia/CVOE/2021");
    EXPECT_EQ(published.status, 200);
    EXPECT_NE(published.body.find("número 5000"), std::string::npos);
}

}  // namespace
}  // namespace vincula::testing
