// Another process holding the SQLite file's write lock longer than the busy
// timeout (a long import, a backup): a write tries again, then answers 503
// with Retry-After and writes nothing; once the lock is gone, writes work.
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

class BusyDatabase : public ApiTest {};

TEST_F(BusyDatabase, AWriteThatCannotGetItsTurnAnswers503AndWritesNothing) {
    // 16 s: longer than three tries of the 5 s busy timeout.
    // The holder waits for its turn (a probe below may hold the lock for an
    // instant); the test goes on only once the holder has the lock, however
    // slow the machine is to start it.
    std::thread holder([&] {
        run_process({"sqlite3", m_server->database()},
                    ".timeout 5000\nBEGIN IMMEDIATE;\n.shell sleep 16\nCOMMIT;\n");
    });
    auto held = [&] {
        // sqlite3 without a busy timeout: fails at once while another holds it.
        return run_process({"sqlite3", m_server->database(), "BEGIN IMMEDIATE; ROLLBACK;"})
                   .exit_code != 0;
    };
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!held() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!held()) {
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

}  // namespace
}  // namespace vincula::testing
