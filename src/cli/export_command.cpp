#include <filesystem>
#include <fstream>
#include <ostream>

#include "bundle/bundle.h"
#include "cli/commands.h"
#include "cli/output_file.h"
#include "common/messages.h"

namespace vincula::cli {
namespace {

int export_bundle(Context& context, const std::string& db, const std::string& out_path) {
    auto store = context.open_store(db, StoreAccess::Existing);
    if (!store) {
        print_problems(context.streams.err, store.error(), "No se exportó nada.");
        return EXIT_BAD_INPUT;
    }
    auto text = bundle::write_bundle((*store)->load());
    if (out_path.empty() || out_path == "-") {
        context.streams.out << text;
        return EXIT_OK;
    }
    if (!write_whole_file(out_path, text)) {
        context.streams.err << "No se pudo escribir el archivo " << out_path << ".\n";
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Paquete exportado en " << out_path << ".\n";
    return EXIT_OK;
}

}  // namespace

void add_export_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand("export",
                                       "Exporta todo a un paquete JSON canónico (exportar, "
                                       "importar y exportar da el mismo archivo)");
    auto db = std::make_shared<std::string>("data/vincula.sqlite");
    auto out = std::make_shared<std::string>();
    add_db_option(*command, *db);
    command->add_option("--out", *out, "Archivo de salida (por omisión, la salida estándar)")
        ->type_name("ARCHIVO");
    command->callback(
        [&context, db, out] { context.exit_code = export_bundle(context, *db, *out); });
}

}  // namespace vincula::cli
