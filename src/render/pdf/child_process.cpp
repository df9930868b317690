#include "render/pdf/child_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace vincula::render::pdf {

std::string tail_of_file(const std::filesystem::path& path, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    auto text = content.str();
    return text.size() > limit ? text.substr(text.size() - limit) : text;
}

std::filesystem::path private_temp_path(const std::string& prefix) {
    return std::filesystem::temp_directory_path() /
           (prefix + "-" + std::to_string(::getpid()) + "-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
}

ProcessOutcome run_with_time_limit(const std::vector<std::string>& arguments,
                                   std::chrono::milliseconds time_limit) {
    ProcessOutcome outcome;
    auto errors_path = private_temp_path("vincula-stderr");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    for (const auto& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    int spawned = posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::filesystem::remove(errors_path);
        outcome.ending = ProcessOutcome::Ending::NotFound;
        return outcome;
    }
    auto deadline = std::chrono::steady_clock::now() + time_limit;
    int status = 0;
    while (true) {
        pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) {
            break;
        }
        if (done < 0 && errno != EINTR) {
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            outcome.ending = ProcessOutcome::Ending::TimedOut;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    outcome.errors = tail_of_file(errors_path, 4096);
    std::filesystem::remove(errors_path);
    if (outcome.ending == ProcessOutcome::Ending::TimedOut) {
        return outcome;
    }
    if (WIFEXITED(status)) {
        outcome.exit_code = WEXITSTATUS(status);
        // posix_spawnp reports a missing program as exit status 127 of the child.
        if (outcome.exit_code == 127 && outcome.errors.empty()) {
            outcome.ending = ProcessOutcome::Ending::NotFound;
        }
    } else {
        outcome.ending = ProcessOutcome::Ending::Signalled;
    }
    return outcome;
}

}  // namespace vincula::render::pdf
