#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli.h"

namespace vincula::cli {

// Everything a subcommand needs when it runs.
struct Context {
    const StoreOpener& open_store;
    Streams streams;
    int exit_code = EXIT_OK;
};

// Each registers one subcommand on `app`; its callback sets context.exit_code.
void add_init_command(CLI::App& app, Context& context);
void add_import_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_synth_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_report_command(CLI::App& app, Context& context);
void add_document_command(CLI::App& app, Context& context);
void add_serve_command(CLI::App& app, Context& context);
void add_user_command(CLI::App& app, Context& context);

// --db, with the default every command shares.
CLI::Option* add_db_option(CLI::App& command, std::string& db);

// «1 sesión», «12 acuerdos»: a count of a bundle array's records in Spanish.
std::string count_label(std::string_view array, std::size_t count);

}  // namespace vincula::cli
