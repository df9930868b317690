#include <fstream>
#include <ostream>

#include "bundle/bundle.h"
#include "cli/commands.h"
#include "lang/plurals.h"
#include "synth/synthetic.h"

namespace vincula::cli {

void add_synth_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand("synth",
                                       "Genera un paquete sintético válido para pruebas de escala "
                                       "(unos 1 000 registros por comisión y año)");
    auto out = std::make_shared<std::string>();
    auto shape = std::make_shared<synth::SyntheticShape>();
    command->add_option("--out", *out, "Archivo de salida")->required()->type_name("ARCHIVO");
    command->add_option("--years", shape->years, "Número de años")
        ->check(CLI::Range(1, 100))
        ->type_name("N");
    command->add_option("--commissions", shape->commissions, "Número de comisiones")
        ->check(CLI::Range(1, 100))
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
    command->callback([&context, out, shape] {
        auto data = synth::make_synthetic(*shape);
        std::ofstream file(*out, std::ios::binary | std::ios::trunc);
        file << bundle::write_bundle(data);
        if (!file) {
            context.streams.err << "No se pudo escribir el archivo " << *out << ".\n";
            context.exit_code = EXIT_BAD_INPUT;
            return;
        }
        context.streams.out << "Paquete sintético con "
                            << lang::counted(static_cast<long>(domain::record_count(data)),
                                             "registro")
                            << " en " << *out << ".\n";
    });
}

}  // namespace vincula::cli
