#include "cli/spanish_cli.h"

#include <ostream>
#include <string>

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

std::string translate(const CLI::ParseError& error) {
    std::string name = error.get_name();
    std::string message = error.what();
    if (name == "RequiredError") {
        if (message.find("ubcommand") != std::string::npos) {
            return "Indique qué hacer: init, import, export o synth.";
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
    streams.err << "Error: " << translate(error) << " Consulte «vincula --help».\n";
    return EXIT_USAGE;
}

}  // namespace vincula::cli
