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

extern char** environ;

namespace vincula::testing {

std::unique_ptr<ApiServer> ApiServer::start(Seed seed) {
    return std::unique_ptr<ApiServer>(new ApiServer(seed));
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

ApiServer::ApiServer(Seed seed) : m_seed(seed), m_database(m_dir.path("vincula.sqlite")) {
    std::filesystem::copy_file(seed_database(seed), m_database);
    int pipe_ends[2];
    if (::pipe2(pipe_ends, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe2 failed");
    }
    auto log_path = m_dir.path("serve.err");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    std::vector<std::string> arguments{vincula_binary(), "serve",    "--db",
                                       m_database,       "--listen", "127.0.0.1:0"};
    std::vector<char*> argv;
    for (auto& argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    int spawned = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_ends[1]);
    m_output = pipe_ends[0];
    if (spawned != 0) {
        m_pid = -1;
        ::close(m_output);
        throw std::runtime_error("cannot start " + arguments.front());
    }
    wait_for_port();
}

ApiServer::~ApiServer() {
    stop();
}

void ApiServer::wait_for_port() {
    // «Vincula escucha en http://127.0.0.1:PORT/ (base de datos: …).»
    constexpr std::string_view ANNOUNCEMENT = "Vincula escucha en http://";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    std::string printed;
    while (true) {
        auto start = printed.find(ANNOUNCEMENT);
        if (start != std::string::npos) {
            auto host = start + ANNOUNCEMENT.size();
            auto slash = printed.find('/', host);
            if (slash != std::string::npos) {
                m_url = "http://" + printed.substr(host, slash - host);
                return;
            }
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd ready{m_output, POLLIN, 0};
        char buffer[512];
        ssize_t got = 0;
        if (left.count() <= 0 || ::poll(&ready, 1, static_cast<int>(left.count())) <= 0 ||
            (got = ::read(m_output, buffer, sizeof buffer)) <= 0) {
            stop();
            throw std::runtime_error("vincula serve did not say where it listens; it printed «" +
                                     printed + "» and on its standard error «" + log() + "»");
        }
        printed.append(buffer, static_cast<std::size_t>(got));
    }
}

int ApiServer::stop() {
    if (m_pid <= 0) {
        return m_exit_code;
    }
    ::kill(m_pid, SIGTERM);
    int status = 0;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    pid_t done = 0;
    while ((done = ::waitpid(m_pid, &status, WNOHANG)) == 0 &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (done == 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
    }
    m_exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m_pid = -1;
    // Open until now: «Servidor detenido.» must not meet a closed pipe.
    ::close(m_output);
    m_output = -1;
    return m_exit_code;
}

std::string ApiServer::log() const {
    return read_file(m_dir.path("serve.err"));
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
    HttpClient client(m_url);
    if (role != Role::Public) {
        client.add_header("Authorization: Bearer " + token(role));
    }
    return client;
}

HttpClient ApiServer::signed_in(Role role) const {
    HttpClient client(m_url);
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
