#include <fstream>
#include <ostream>

#include "bundle/bundle.h"
#include "cli/commands.h"
#include "domain/store.h"
#include "lang/plurals.h"
#include "synth/synthetic.h"

namespace vincula::cli {

void add_synth_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand("synth",
                                       "Genera un paquete sintético válido para pruebas de escala "
                                       "(unos 1 000 registros por comisión y año)");
    auto out = std::make_shared<std::string>();
    auto shape = std::make_shared<synth::SyntheticShape>();
    auto db = std::make_shared<std::string>();
    auto* to_file = command->add_option("--out", *out, "Archivo de salida")->type_name("ARCHIVO");
    // A database the size of the whole country's bodies is far larger than
    // a bundle may be (the import's limit): it is written straight in, with
    // the same all-or-nothing validation an import makes.
    command
        ->add_option("--db", *db,
                     "En lugar de un archivo, lo escribe en esta base ya inicializada (ruta "
                     "SQLite o URL postgresql://…), como lo haría «vincula import»")
        ->type_name("BD")
        ->excludes(to_file);
    command->add_option("--years", shape->years, "Número de años")
        ->check(CLI::Range(1, 100))
        ->type_name("N");
    command->add_option("--commissions", shape->commissions, "Número de comisiones")
        ->check(CLI::Range(1, 100))
        ->type_name("N");
    // The domain holds one institute per database: more institutes are more
    // commissions of the same one, for a database the size of the country's
    // 32 electoral bodies in the benchmarks.
    auto institutes = std::make_shared<int>(1);
    command
        ->add_option("--institutes", *institutes,
                     "Cuántas veces esas comisiones en la misma base, como si fueran de otros "
                     "tantos institutos (1 si no se indica)")
        ->check(CLI::Range(1, 32))
        ->type_name("N");
    command->add_option("--first-year", shape->first_year, "Primer año")
        ->check(CLI::Range(2000, 2090))
        ->type_name("AAAA");
    // At least ten: the synthetic opinions of each year refer to the first ten.
    command
        ->add_option("--convenios", shape->convenios_per_year,
                     "Convenios por comisión y año (30 si no se indica)")
        ->check(CLI::Range(10, 1000))
        ->type_name("N");
    command->callback([&context, out, db, shape, institutes] {
        auto& err = context.streams.err;
        if (out->empty() && db->empty()) {
            err << "Indique dónde escribir los datos sintéticos: --out ARCHIVO o --db BD.\n";
            context.exit_code = EXIT_USAGE;
            return;
        }
        auto multiplied = *shape;
        multiplied.commissions *= *institutes;
        auto data = synth::make_synthetic(multiplied);
        auto counted = lang::counted(static_cast<long>(domain::record_count(data)), "registro");
        if (!db->empty()) {
            auto store = context.open_store(*db, StoreAccess::Existing);
            if (!store) {
                print_problems(err, store.error(), "No se escribió nada.");
                context.exit_code = EXIT_BAD_INPUT;
                return;
            }
            domain::AuditEntry audit{"sistema", "sintetizar", "", "", "", ""};
            auto written = domain::import_dataset(**store, data, audit, {});
            if (!written) {
                print_problems(err, written.error(), "No se escribió nada.");
                context.exit_code = EXIT_BAD_INPUT;
                return;
            }
            context.streams.out << "Datos sintéticos: " << counted << " en " << *db << ".\n";
            return;
        }
        std::ofstream file(*out, std::ios::binary | std::ios::trunc);
        file << bundle::write_bundle(data);
        if (!file) {
            err << "No se pudo escribir el archivo " << *out << ".\n";
            context.exit_code = EXIT_BAD_INPUT;
            return;
        }
        context.streams.out << "Paquete sintético con " << counted << " en " << *out << ".\n";
    });
}

}  // namespace vincula::cli
