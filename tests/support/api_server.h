#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sys/types.h>

#include "support/api_seed.h"
#include "support/http_client.h"
#include "support/serve_process.h"
#include "support/temp_dir.h"

// `vincula serve` as a real child process on port 0, over a copy of a
// prepared database (support/api_seed.h), for the API tests.
namespace vincula::testing {

class ApiServer {
public:
    // A server of its own over a fresh copy of the seed: the test may write.
    // Throws std::runtime_error, with the server's messages, if it does not start.
    // `options` are more arguments of `vincula serve` (--secure-cookies).
    static std::unique_ptr<ApiServer> start(Seed seed = Seed::Demo,
                                            const std::vector<std::string>& options = {});
    // One demo server for the whole test program, started on first use, for
    // tests that only read: what one test writes there, the others see.
    static ApiServer& shared();

    ~ApiServer();
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    // A client that calls as `role`, by the role's API token (the public:
    // no credentials).
    HttpClient client(Role role) const;
    // A client signed in with e-mail and password: it holds a session cookie.
    // Throws if the sign-in is refused.
    HttpClient signed_in(Role role) const;
    // The API token of a role's user (not the public's).
    std::string token(Role role) const;

    const std::string& url() const;  // http://127.0.0.1:PORT
    const std::string& database() const { return m_database; }
    pid_t pid() const { return m_process->pid(); }  // the server's process
    // What the server wrote on its standard error: events as JSON lines,
    // and whatever else (sanitizer reports).
    std::string log() const;
    // The lines of the log that are not informative events: errors the
    // server logged, reports of the sanitizers. Empty when all went well.
    std::string problems_logged() const;
    // SIGTERM and wait: the exit code (0: it stopped as asked).
    int stop();

private:
    ApiServer(Seed seed, const std::vector<std::string>& options);

    Seed m_seed;
    TempDir m_dir;
    std::string m_database;
    std::unique_ptr<ServeProcess> m_process;
};

// Base of the API suites: a server of its own per test, stopped after it,
// which must stop cleanly having logged no error.
class ApiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    HttpClient as(Role role) const { return m_server->client(role); }

    std::unique_ptr<ApiServer> m_server;
};

}  // namespace vincula::testing
