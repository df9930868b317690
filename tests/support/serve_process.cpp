#include "support/serve_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/process.h"

extern char** environ;

namespace vincula::testing {

ServeProcess::ServeProcess(const std::string& database, const std::vector<std::string>& options) {
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
                                       database,         "--listen", "127.0.0.1:0"};
    arguments.insert(arguments.end(), options.begin(), options.end());
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
        throw std::runtime_error("cannot start " + arguments.front());
    }
    // «Vincula escucha en http://127.0.0.1:PORT/ (base de datos: …).»
    constexpr std::string_view ANNOUNCEMENT = "Vincula escucha en http://";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::string printed;
    while (true) {
        auto start = printed.find(ANNOUNCEMENT);
        auto slash = start == std::string::npos ? std::string::npos
                                                : printed.find('/', start + ANNOUNCEMENT.size());
        if (slash != std::string::npos) {
            auto host = start + ANNOUNCEMENT.size();
            m_url = "http://" + printed.substr(host, slash - host);
            return;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd ready{m_output, POLLIN, 0};
        char buffer[512];
        ssize_t got = 0;
        if (left.count() <= 0 || ::poll(&ready, 1, static_cast<int>(left.count())) <= 0 ||
            (got = ::read(m_output, buffer, sizeof buffer)) <= 0) {
            kill_now();
            throw std::runtime_error("vincula serve did not say where it listens; it printed «" +
                                     printed + "» and on its standard error «" + log() + "»");
        }
        printed.append(buffer, static_cast<std::size_t>(got));
    }
}

ServeProcess::~ServeProcess() {
    if (m_pid > 0) {
        kill_now();
    }
    if (m_output >= 0) {
        ::close(m_output);
    }
}

void ServeProcess::kill_now() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        wait_for_exit();
    }
}

int ServeProcess::stop() {
    if (m_pid <= 0) {
        return m_exit_code;
    }
    ::kill(m_pid, SIGTERM);
    // A server that does not stop when asked is a failure the caller sees
    // in the exit code, not a test run that hangs.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    int status = 0;
    pid_t done = 0;
    while ((done = ::waitpid(m_pid, &status, WNOHANG)) == 0 &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (done == 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
    }
    m_pid = -1;
    m_exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m_exit_code;
}

int ServeProcess::wait_for_exit() {
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    m_exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m_exit_code;
}

std::string ServeProcess::log() const {
    return read_file(m_dir.path("serve.err"));
}

}  // namespace vincula::testing
