#include "support/api_server.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/process.h"

namespace vincula::testing {

std::unique_ptr<ApiServer> ApiServer::start(Seed seed, const std::vector<std::string>& options) {
    return std::unique_ptr<ApiServer>(new ApiServer(seed, options));
}

ApiServer& ApiServer::shared() {
    static std::unique_ptr<ApiServer> server;
    static std::string failure;
    if (!server) {
        if (!failure.empty()) {
            throw std::runtime_error(failure);
        }
        try {
            server = start();
        } catch (const std::exception& error) {
            failure = error.what();
            throw;
        }
    }
    return *server;
}

ApiServer::ApiServer(Seed seed, const std::vector<std::string>& options)
    : m_seed(seed), m_database(m_dir.path("vincula.sqlite")) {
    std::filesystem::copy_file(seed_database(seed), m_database);
    m_process = std::make_unique<ServeProcess>(m_database, options);
}

ApiServer::~ApiServer() {
    stop();
}

int ApiServer::stop() {
    return m_process->stop();
}

const std::string& ApiServer::url() const {
    return m_process->url();
}

std::string ApiServer::log() const {
    return m_process->log();
}

std::string ApiServer::problems_logged() const {
    std::istringstream lines(log());
    std::string problems;
    for (std::string line; std::getline(lines, line);) {
        auto event = nlohmann::json::parse(line, nullptr, false);
        if (event.is_discarded() || !event.is_object() || event.value("nivel", "") != "info") {
            problems += line + "\n";
        }
    }
    return problems;
}

std::string ApiServer::token(Role role) const {
    return seed_token(m_seed, role);
}

HttpClient ApiServer::client(Role role) const {
    HttpClient client(url());
    if (role != Role::Public) {
        client.add_header("Authorization: Bearer " + token(role));
    }
    return client;
}

HttpClient ApiServer::signed_in(Role role) const {
    HttpClient client(url());
    nlohmann::json credentials{{"email", email_of(role)}, {"password", std::string(PASSWORD)}};
    auto answer = client.post("/api/v1/sesion", credentials.dump());
    if (answer.status != 200) {
        throw std::runtime_error("sign-in of " + email_of(role) + " refused (" +
                                 std::to_string(answer.status) + "): " + answer.body);
    }
    return client;
}

void ApiTest::SetUp() {
    m_server = ApiServer::start();
}

void ApiTest::TearDown() {
    if (m_server) {
        EXPECT_EQ(m_server->stop(), 0) << m_server->log();
        EXPECT_EQ(m_server->problems_logged(), "");
    }
}

}  // namespace vincula::testing
