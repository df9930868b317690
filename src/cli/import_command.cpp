#include <ostream>

#include "api/bundles.h"
#include "bundle/bundle.h"
#include "cli/commands.h"
#include "domain/editing.h"
#include "lang/plurals.h"

namespace vincula::cli {
namespace {

std::string problems_sentence(std::size_t count) {
    return count == 1
               ? "No se importó nada: se encontró un problema."
               : "No se importó nada: se encontraron " + std::to_string(count) + " problemas.";
}

// The audit log keeps what an import added, array by array, not the
// records themselves (a bundle may hold a hundred thousand).
domain::AuditEntry import_audit(const std::string& file, const domain::Dataset& data) {
    nlohmann::ordered_json after{{"archivo", file}, {"registros", api::record_counts(data)}};
    return domain::AuditEntry{"sistema", "importar", "", "", "", after.dump()};
}

int import_file(Context& context, const std::string& db, const std::string& file) {
    auto& err = context.streams.err;
    auto reading = bundle::read_bundle_from_file(file);
    if (!reading) {
        err << "El paquete " << file << " tiene problemas:\n";
        print_problems(err, reading.error(), problems_sentence(reading.error().size()));
        return EXIT_BAD_INPUT;
    }
    const auto* data = &reading->data;
    auto store = context.open_store(db, StoreAccess::Existing);
    if (!store) {
        print_problems(err, store.error(), "No se importó nada.");
        return EXIT_BAD_INPUT;
    }
    // A session held after today is found with the day; reported with the rest.
    auto today = common::mexico_city_time(std::chrono::system_clock::now()).date;
    auto found = std::move(reading->problems);
    auto future = domain::held_in_future(*data, today, true);
    found.insert(found.end(), future.begin(), future.end());
    auto imported = domain::import_dataset(**store, *data, import_audit(file, *data), found);
    if (!imported) {
        err << "El paquete " << file << " tiene problemas:\n";
        print_problems(err, imported.error(), problems_sentence(imported.error().size()));
        return EXIT_BAD_INPUT;
    }
    auto& out = context.streams.out;
    out << "Se importaron "
        << lang::counted(static_cast<long>(domain::record_count(*data)), "registro") << " de "
        << file << " en " << db << ":\n";
    domain::for_each_array(*data, [&](domain::ArrayInfo info, const auto& records) {
        if (!records.empty()) {
            out << "  " << count_label(info.name, records.size()) << '\n';
        }
    });
    return EXIT_OK;
}

}  // namespace

void add_import_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "import",
        "Importa un paquete JSON (todo o nada: ante cualquier problema no se escribe nada)");
    auto db = std::make_shared<std::string>("data/vincula.sqlite");
    auto file = std::make_shared<std::string>();
    add_db_option(*command, *db);
    command->add_option("archivo", *file, "Paquete JSON en el formato vincula-bundle")
        ->required()
        ->type_name("ARCHIVO.json");
    command->callback(
        [&context, db, file] { context.exit_code = import_file(context, *db, *file); });
}

}  // namespace vincula::cli
