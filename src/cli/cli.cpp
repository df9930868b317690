#include "cli/cli.h"

#include <ostream>

#include "cli/commands.h"
#include "cli/spanish_cli.h"

namespace vincula::cli {

void print_problems(std::ostream& err, const common::FieldErrors& problems,
                    const std::string& outcome) {
    for (const auto& problem : problems) {
        err << "  " << common::to_display(problem) << '\n';
    }
    err << outcome << '\n';
}

int run(int argc, const char* const* argv, const StoreOpener& open_store, Streams streams) {
    CLI::App app{
        "Vincula: sesiones, acuerdos, convenios, actividades e informes de la comisión de "
        "vinculación de un instituto electoral.",
        "vincula"};
    make_spanish(app);
    app.require_subcommand(1);
    Context context{open_store, streams};
    add_init_command(app, context);
    add_import_command(app, context);
    add_export_command(app, context);
    add_synth_command(app, context);
    add_check_command(app, context);
    add_report_command(app, context);
    add_document_command(app, context);
    add_serve_command(app, context);
    add_user_command(app, context);
    for (auto* command : app.get_subcommands({})) {
        command->group("Órdenes");
        make_spanish(*command);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return report_parse_error(app, error, streams);
    }
    return context.exit_code;
}

}  // namespace vincula::cli
