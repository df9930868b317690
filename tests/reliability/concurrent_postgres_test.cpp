// Two servers on one PostgreSQL database, a thousand agreements created
// through both at once: the code of each is decided inside the serialised
// write (an advisory lock shared by every server), so no two requests may
// take the same number and none may be skipped.
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "reliability/agreement_writes.h"
#include "support/serve_process.h"

namespace vincula::testing {
namespace {

constexpr int CREATIONS = 1000;
constexpr int CLIENTS = 16;

int highest_number(const std::vector<std::string>& codes) {
    int highest = 0;
    for (const auto& code : codes) {
        highest = std::max(highest, number_in_year(code).value_or(0));
    }
    return highest;
}

TEST(PostgresConcurrency, ThousandCreationsOnTwoServersGetDistinctGaplessCodes) {
    const char* url = std::getenv("VINCULA_TEST_POSTGRES_URL");
    ASSERT_NE(url, nullptr) << "run under scripts/with-postgres (CTest does)";
    auto token = prepare_demo_database(url);
    ServeProcess first(url);
    ServeProcess second(url);
    const std::string authorization = "Authorization: Bearer " + token;

    HttpClient reader(first.url());
    reader.add_header(authorization);
    auto before = session_codes(reader);
    int highest = highest_number(before);
    ASSERT_GT(highest, 0) << "the demo has agreements of " << YEAR;

    std::atomic<int> next{0};
    std::mutex mutex;
    std::vector<std::pair<long, std::string>> answers;  // status, code
    std::vector<std::string> failures;
    std::vector<std::thread> clients;
    for (int c = 0; c < CLIENTS; ++c) {
        clients.emplace_back([&, c] {
            // Half the clients on each server, each on its own connection.
            HttpClient client(c % 2 == 0 ? first.url() : second.url());
            client.add_header(authorization);
            for (int n = next++; n < CREATIONS; n = next++) {
                try {
                    auto answer = create_agreement(client, n);
                    auto body = answer.json();
                    std::string code = body.is_object() && body.contains("code")
                                           ? body["code"].get<std::string>()
                                           : answer.body;
                    std::lock_guard lock(mutex);
                    answers.emplace_back(answer.status, code);
                } catch (const std::exception& error) {
                    std::lock_guard lock(mutex);
                    failures.push_back(error.what());
                }
            }
        });
    }
    for (auto& client : clients) {
        client.join();
    }

    ASSERT_TRUE(failures.empty()) << failures.size()
                                  << " requests failed, the first: " << failures.front();
    ASSERT_EQ(answers.size(), static_cast<std::size_t>(CREATIONS));
    std::set<int> numbers;
    for (const auto& [status, code] : answers) {
        EXPECT_EQ(status, 201) << code;
        auto number = number_in_year(code);
        ASSERT_TRUE(number.has_value()) << code;
        EXPECT_TRUE(numbers.insert(*number).second) << "code given twice: " << code;
    }
    ASSERT_EQ(numbers.size(), static_cast<std::size_t>(CREATIONS));
    EXPECT_EQ(*numbers.begin(), highest + 1);
    EXPECT_EQ(*numbers.rbegin(), highest + CREATIONS) << "the numbers have gaps";

    // What the API lists afterwards: the codes there were, and the new ones.
    auto after = session_codes(reader);
    std::set<std::string> listed(after.begin(), after.end());
    EXPECT_EQ(listed.size(), after.size()) << "a code listed twice";
    EXPECT_EQ(after.size(), before.size() + CREATIONS);
    for (const auto& code : before) {
        EXPECT_TRUE(listed.count(code)) << code;
    }
    for (const auto& [status, code] : answers) {
        EXPECT_TRUE(listed.count(code)) << code;
    }

    EXPECT_EQ(first.stop(), 0) << first.log();
    EXPECT_EQ(second.stop(), 0) << second.log();
    EXPECT_EQ(first.log(), "");
    EXPECT_EQ(second.log(), "");
}

}  // namespace
}  // namespace vincula::testing
