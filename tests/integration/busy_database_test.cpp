// Another process holding the SQLite file's write lock (a long import, a
// backup): a write tries again, then, past the busy timeout, answers 503
// with Retry-After and writes nothing; once the lock is gone, writes work;
// and writes waiting for it never keep reads by key waiting.
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

class BusyDatabase : public ApiTest {
protected:
    // Whether another process holds the file's write lock this instant
    // (sqlite3 without a busy timeout fails at once while one does).
    bool write_lock_held() const {
        return run_process({"sqlite3", m_server->database(), "BEGIN IMMEDIATE; ROLLBACK;"})
                   .exit_code != 0;
    }

    // Holds the write lock from another process for `seconds`, on a thread
    // of its own; returns once it is held (false if it never was).
    bool hold_write_lock(std::thread& holder, int seconds) {
        // The holder waits for its turn (a probe below may hold the lock
        // for an instant); the test goes on only once the holder has the
        // lock, however slow the machine is to start it.
        holder = std::thread([this, seconds] {
            run_process({"sqlite3", m_server->database()},
                        ".timeout 5000\nBEGIN IMMEDIATE;\n.shell sleep " + std::to_string(seconds) +
                            "\nCOMMIT;\n");
        });
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!write_lock_held() && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return write_lock_held();
    }
};

TEST_F(BusyDatabase, AWriteThatCannotGetItsTurnAnswers503AndWritesNothing) {
    // 16 s: longer than three tries of the 5 s busy timeout.
    std::thread holder;
    if (!hold_write_lock(holder, 16)) {
        holder.join();
        FAIL() << "the other process never took the lock";
    }
    auto client = as(Role::Capturist);
    client.expect_server_status(503);
    auto busy = client.patch("/api/v1/people/eer", R"({"name": "Mientras tanto"})");
    EXPECT_EQ(busy.status, 503) << busy.body;
    EXPECT_EQ(busy.header("Retry-After"), "1");
    EXPECT_EQ(busy.json()["errores"][0]["regla"], "base_ocupada");
    holder.join();
    EXPECT_EQ(client.get("/api/v1/people/eer").json()["name"], "Erika Estrada Ruiz");
    EXPECT_EQ(client.patch("/api/v1/people/eer", R"({"name": "Después"})").status, 200);
}

// Writes wait for the database on the worker pool, not on the threads that
// answer reads: while every worker waits for the lock, a record is still
// read by key, and the writes go through once the lock is free.
TEST_F(BusyDatabase, ReadsByKeyAreAnsweredWhileWritesWaitForTheLock) {
    std::thread holder;
    if (!hold_write_lock(holder, 8)) {
        holder.join();
        FAIL() << "the other process never took the lock";
    }
    // More waiting writes than the server has threads of either kind.
    constexpr int WRITERS = 6;
    std::vector<int> statuses(WRITERS, 0);
    std::vector<std::thread> writers;
    for (int i = 0; i < WRITERS; ++i) {
        writers.emplace_back([this, i, &statuses] {
            auto client = as(Role::Capturist);
            client.expect_server_status(503);
            statuses[static_cast<std::size_t>(i)] =
                client
                    .post("/api/v1/people", R"({"key": "espera-)" + std::to_string(i) +
                                                R"(", "name": "Persona en espera", "gender": "F"})")
                    .status;
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));  // the writes have arrived and wait
    auto reader = as(Role::Capturist);
    for (int i = 0; i < 5; ++i) {
        auto read = reader.get("/api/v1/people/eer");
        EXPECT_EQ(read.status, 200) << read.body;
        EXPECT_EQ(read.json()["name"], "Erika Estrada Ruiz");
    }
    EXPECT_TRUE(write_lock_held()) << "the reads were answered only once the writes had gone";
    holder.join();
    for (auto& writer : writers) {
        writer.join();
    }
    for (int i = 0; i < WRITERS; ++i) {
        EXPECT_EQ(statuses[static_cast<std::size_t>(i)], 201) << "escritura " << i;
    }
    EXPECT_EQ(reader.get("/api/v1/people/espera-5").status, 200);
}

}  // namespace
}  // namespace vincula::testing
