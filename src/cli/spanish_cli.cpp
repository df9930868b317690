#include "cli/spanish_cli.h"

#include <ostream>
#include <string>
#include <vector>

namespace vincula::cli {
namespace {

// The part of a CLI11 message that names the option or value: what comes
// after the last ": " (or the first word when there is none).
std::string subject_of(const std::string& message) {
    auto colon = message.rfind(": ");
    if (colon != std::string::npos) {
        return message.substr(colon + 2);
    }
    return message.substr(0, message.find(' '));
}

// «init, import, export, synth, check o report»: the subcommands there are.
std::string command_names(CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* command : app.get_subcommands({})) {
        names.push_back(command->get_name());
    }
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == names.size() ? " o " : ", ") + names[i];
    }
    return text;
}

std::string translate(CLI::App& app, const CLI::ParseError& error) {
    std::string name = error.get_name();
    std::string message = error.what();
    if (name == "RequiredError") {
        if (message.find("ubcommand") != std::string::npos) {
            return "Indique qué hacer: " + command_names(app) + ".";
        }
        return "Falta un dato obligatorio: " + message.substr(0, message.find(' ')) + ".";
    }
    if (name == "ExtrasError") {
        return "No se esperaba: " + subject_of(message) + ".";
    }
    if (name == "ConversionError") {
        return "Un valor no tiene el tipo esperado (" + subject_of(message) + ").";
    }
    if (name == "ValidationError") {
        return "Un valor no es válido: " + message + ".";
    }
    if (name == "ArgumentMismatch") {
        return "Falta el valor de " + message.substr(0, message.find(':')) + ".";
    }
    return "La orden no es válida.";
}

}  // namespace

void make_spanish(CLI::App& app) {
    app.option_defaults()->group("Opciones");
    app.set_help_flag("-h,--help", "Muestra esta ayuda y termina");
    auto formatter = app.get_formatter();
    formatter->label("Usage", "Uso");
    formatter->label("OPTIONS", "OPCIONES");
    formatter->label("SUBCOMMAND", "ORDEN");
    formatter->label("SUBCOMMANDS", "ÓRDENES");
    formatter->label("Positionals", "Argumentos");
    formatter->label("REQUIRED", "(obligatorio)");
    formatter->label("TEXT", "TEXTO");
    formatter->label("INT", "ENTERO");
    formatter->label("UINT", "ENTERO");
    formatter->label("Needs", "Requiere");
    formatter->label("Excludes", "Excluye");
    formatter->label("Env", "Variable");
    formatter->column_width(34);
}

int report_parse_error(CLI::App& app, const CLI::ParseError& error, Streams streams) {
    if (error.get_name() == "CallForHelp" || error.get_name() == "CallForAllHelp") {
        app.exit(error, streams.out, streams.err);
        return EXIT_OK;
    }
    streams.err << "Error: " << translate(app, error) << " Consulte «vincula --help».\n";
    return EXIT_USAGE;
}

}  // namespace vincula::cli
