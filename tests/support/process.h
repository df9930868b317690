#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vincula::testing {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell), waits, and captures both streams.
// `input` is its standard input (a password, for `vincula user`).
ProcessResult run_process(const std::vector<std::string>& arguments, std::string_view input = {});

// Runs the built `vincula` binary with these arguments.
ProcessResult run_vincula(const std::vector<std::string>& arguments, std::string_view input = {});

// The path of the built `vincula` binary, for tests that start it themselves.
std::string vincula_binary();

// Collapses every run of white space to one space and trims: the text of a
// PDF or Markdown document wraps anywhere.
std::string squeeze(const std::string& text);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);

}  // namespace vincula::testing
