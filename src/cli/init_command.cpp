#include <ostream>

#include "cli/commands.h"

namespace vincula::cli {

void add_init_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "init", "Crea la base de datos (o la actualiza al esquema más reciente) sin borrar nada");
    auto db = std::make_shared<std::string>("data/vincula.sqlite");
    add_db_option(*command, *db);
    command->callback([&context, db] {
        auto store = context.open_store(*db, StoreAccess::Create);
        if (!store) {
            print_problems(context.streams.err, store.error(),
                           "No se pudo preparar la base de datos.");
            context.exit_code = EXIT_BAD_INPUT;
            return;
        }
        context.streams.out << "Base de datos lista: " << *db << '\n';
    });
}

}  // namespace vincula::cli
