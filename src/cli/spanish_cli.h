#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli.h"

namespace vincula::cli {

// CLI11 speaks English; Vincula's users read Spanish. Sets the help's labels
// and the help flag's text on `app` (subcommands share its formatter).
void make_spanish(CLI::App& app);

// Prints a parse error (or the help that was asked for) in Spanish and
// returns the exit code.
int report_parse_error(CLI::App& app, const CLI::ParseError& error, Streams streams);

}  // namespace vincula::cli
