// The roll call without the page's script: «Todos presentes» marks every
// member listed present but those marked otherwise, and the page counts
// who came and says whether there was quorum.
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

TEST(RollCall, EveryoneMarkedPresentButWhoIsMarkedOtherwise) {
    auto server = ApiServer::start();
    auto staff = server->signed_in(Role::Capturist);
    auto page = staff.get("/sesiones/o12-2021");
    ASSERT_EQ(page.status, 200);
    std::vector<std::string> seats;
    static const std::regex seat(R"re(name="integrante" value="([^"]+)")re");
    for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), seat);
         it != std::sregex_iterator(); ++it) {
        seats.push_back((*it)[1]);
    }
    ASSERT_GE(seats.size(), 3u);
    std::string form = "todos=presentes";
    for (const auto& key : seats) {
        form += "&integrante=" + url_encode(key);
    }
    form += "&asiste%3A" + url_encode(seats[1]) + "=justificada";
    auto saved = staff.send("POST", "/sesiones/o12-2021/asistencia", form,
                            {"Content-Type: application/x-www-form-urlencoded"});
    ASSERT_EQ(saved.status, 303) << saved.body;

    auto api = server->client(Role::Capturist);
    auto roll = api.get("/api/v1/attendance/o12-2021").json();
    std::set<std::string> present(roll["present"].begin(), roll["present"].end());
    EXPECT_EQ(present.size(), seats.size() - 1);
    EXPECT_FALSE(present.contains(seats[1]));
    EXPECT_EQ(roll["justified"], nlohmann::json::array({seats[1]}));
    auto after = staff.get("/sesiones/o12-2021");
    EXPECT_NE(after.body.find("Presentes: " + std::to_string(seats.size() - 1) + " de " +
                              std::to_string(seats.size()) + " · con voto: "),
              std::string::npos);
    EXPECT_NE(after.body.find("quórum: sí"), std::string::npos);
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
