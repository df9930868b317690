#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vincula::render::pdf {

// How a program run with a time limit ended.
struct ProcessOutcome {
    enum class Ending { Exited, NotFound, TimedOut, Signalled };
    Ending ending = Ending::Exited;
    int exit_code = 0;
    std::string errors;  // what it wrote to standard error (its last 4 KiB)
};

// The last `limit` bytes of a file (what a program wrote to standard error).
std::string tail_of_file(const std::filesystem::path& path, std::size_t limit);

// A path in the temporary directory that no other process or call uses:
// `prefix`, this process's id and the time.
std::filesystem::path private_temp_path(const std::string& prefix);

// Runs `arguments[0]` (searched in PATH) with standard input closed and
// standard error captured; kills it when it outlives `time_limit`.
ProcessOutcome run_with_time_limit(const std::vector<std::string>& arguments,
                                   std::chrono::milliseconds time_limit);

}  // namespace vincula::render::pdf
