// «Concursos» over generated data: each edition says how many entries it
// received and how many were validated, as the store counts them.
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

TEST(ContestList, EachEditionCountsItsEntriesAndTheValidatedOnes) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto api = server->client(Role::Capturist);
    auto contests = api.get("/api/v1/contests?limit=100").json()["registros"];
    ASSERT_FALSE(contests.empty());
    auto page = server->signed_in(Role::Capturist).get("/concursos");
    ASSERT_EQ(page.status, 200);
    for (const auto& contest : contests) {
        auto key = contest["key"].get<std::string>();
        auto entries =
            api.get("/api/v1/registrations?limit=500&contest=" + key).json()["registros"];
        std::size_t validated = 0;
        for (const auto& entry : entries) {
            validated += entry["status"] == "validado";
        }
        ASSERT_GT(entries.size(), validated);
        auto article = page.body.find("href=\"/concursos/" + key + "\"");
        ASSERT_NE(article, std::string::npos) << key;
        auto counts = "<strong>" + std::to_string(entries.size()) +
                      "</strong> registros, <strong>" + std::to_string(validated) +
                      "</strong> validados.";
        // The first counts after the edition's name are its own.
        EXPECT_EQ(page.body.find(counts, article), page.body.find("<strong>", article)) << key;
    }
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
