// kill -9 of the server in the middle of a stream of writes, twenty times
// over one SQLite file: every write the server acknowledged (201) must be
// there after the restarts, and nothing half-written. A write that was
// committed but whose answer never left may be there too; it must then be
// whole, numbered in sequence and audited once, like any other.
#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "reliability/agreement_writes.h"
#include "support/serve_process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

constexpr int ROUNDS = 20;
constexpr int CLIENTS = 4;

// The rows of a query on its own read-only connection, each as its columns' text.
std::vector<std::vector<std::string>> query(const std::string& path, const std::string& sql) {
    sqlite3* database = nullptr;
    std::vector<std::vector<std::string>> rows;
    if (sqlite3_open_v2(path.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << path << ": " << sqlite3_errmsg(database);
        sqlite3_close(database);
        return rows;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(database, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sql << ": " << sqlite3_errmsg(database);
    } else {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                auto* text = sqlite3_column_text(statement, column);
                row.emplace_back(text != nullptr ? reinterpret_cast<const char*>(text) : "");
            }
            rows.push_back(std::move(row));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(database);
    return rows;
}

TEST(SqliteCrash, AcknowledgedWritesSurviveTwentyKillNines) {
    TempDir dir;
    auto db = dir.path("vincula.sqlite");
    const std::string authorization = "Authorization: Bearer " + prepare_demo_database(db);

    std::vector<std::string> before;
    {
        ServeProcess server(db);
        HttpClient reader(server.url());
        reader.add_header(authorization);
        before = session_codes(reader);
        ASSERT_EQ(server.stop(), 0) << server.log();
    }

    auto seed = std::random_device{}();
    std::mt19937 random(seed);
    SCOPED_TRACE("random seed " + std::to_string(seed));
    std::mutex mutex;
    std::vector<std::string> acknowledged;
    std::atomic<int> sent{0};
    for (int round = 0; round < ROUNDS; ++round) {
        ServeProcess server(db);
        std::atomic<bool> stopping{false};
        std::atomic<int> acknowledged_in_round{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < CLIENTS; ++c) {
            clients.emplace_back([&] {
                HttpClient client(server.url());
                client.add_header(authorization);
                while (!stopping) {
                    try {
                        auto answer = create_agreement(client, sent++);
                        if (answer.status != 201) {
                            ADD_FAILURE()
                                << "creation answered " << answer.status << ": " << answer.body;
                            return;
                        }
                        std::lock_guard lock(mutex);
                        acknowledged.push_back(answer.json().at("code").get<std::string>());
                        ++acknowledged_in_round;
                    } catch (const std::exception&) {
                        // The connection died with the server: not acknowledged.
                        return;
                    }
                }
            });
        }
        // A random moment once writes are flowing, so the kill falls
        // anywhere in a write: parsing, inside the transaction, committing,
        // answering.
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (acknowledged_in_round == 0 && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 400)(random)));
        server.kill_now();
        stopping = true;
        for (auto& client : clients) {
            client.join();
        }
        ASSERT_GT(acknowledged_in_round, 0) << "round " << round << ": no write went through\n"
                                            << server.log();
    }

    // After the last crash: every acknowledged code readable by key, and the
    // session's codes in one unbroken run from where the demo left off.
    ServeProcess server(db);
    HttpClient reader(server.url());
    reader.add_header(authorization);
    for (const auto& code : acknowledged) {
        auto found = reader.get("/api/v1/agreements/" + code);
        ASSERT_EQ(found.status, 200) << code << " was acknowledged and is gone";
        EXPECT_EQ(found.json().at("code"), code);
    }
    std::set<std::string> old_codes(before.begin(), before.end());
    int highest = 0;
    for (const auto& code : before) {
        highest = std::max(highest, number_in_year(code).value_or(0));
    }
    std::set<std::string> created;
    std::set<int> numbers;
    for (const auto& code : session_codes(reader)) {
        if (old_codes.count(code) == 0) {
            EXPECT_TRUE(created.insert(code).second) << "listed twice: " << code;
            auto number = number_in_year(code);
            ASSERT_TRUE(number.has_value()) << code;
            numbers.insert(*number);
        }
    }
    EXPECT_EQ(server.stop(), 0) << server.log();
    EXPECT_EQ(server.log(), "");

    std::set<std::string> acknowledged_set(acknowledged.begin(), acknowledged.end());
    EXPECT_EQ(acknowledged_set.size(), acknowledged.size()) << "one code acknowledged twice";
    ASSERT_FALSE(numbers.empty());
    EXPECT_EQ(*numbers.begin(), highest + 1);
    EXPECT_EQ(*numbers.rbegin(), highest + static_cast<int>(numbers.size())) << "a gap";
    // Committed but never answered: at most the writes in flight at each kill.
    EXPECT_GE(created.size(), acknowledged_set.size());
    EXPECT_LE(created.size(), acknowledged_set.size() + ROUNDS * CLIENTS);

    // The file itself, read with the server stopped.
    auto integrity = query(db, "PRAGMA integrity_check");
    ASSERT_EQ(integrity.size(), 1u);
    EXPECT_EQ(integrity[0][0], "ok");
    EXPECT_TRUE(query(db, "PRAGMA foreign_key_check").empty());
    std::map<std::string, int> audited;
    for (const auto& row : query(db,
                                 "SELECT key, COUNT(*) FROM audit_log WHERE action = 'crear' "
                                 "AND \"array\" = 'agreements' GROUP BY key")) {
        audited[row[0]] = std::stoi(row[1]);
    }
    EXPECT_EQ(audited.size(), created.size())
        << "audit rows without their agreement, or the reverse";
    for (const auto& code : created) {
        EXPECT_EQ(audited[code], 1) << code;
    }
    RecordProperty("acknowledged", static_cast<int>(acknowledged.size()));
    RecordProperty("created", static_cast<int>(created.size()));
    std::cout << "acknowledged " << acknowledged.size() << " writes; " << created.size()
              << " stored (" << created.size() - acknowledged_set.size()
              << " committed without an answer) over " << ROUNDS << " kill -9\n";
}

}  // namespace
}  // namespace vincula::testing
