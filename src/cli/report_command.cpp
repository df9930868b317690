// `vincula report`: the activity report of a commission for a period, in
// any of the formats the commission publishes or edits.
#include <ostream>

#include "api/report_documents.h"

#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/scope_options.h"
#include "report/assemble.h"

namespace vincula::cli {
namespace {

struct ReportOptions {
    std::string db = "data/vincula.sqlite";
    std::string commission;
    PeriodOptions period;
    std::string format = "html";
    std::string out;
};

int run_report(Context& context, const ReportOptions& options) {
    auto& err = context.streams.err;
    const std::string refused = "No se generó el informe.";
    common::FieldErrors problems;
    const auto* format = api::find_report_document(options.format);
    if (format == nullptr) {
        problems.push_back(common::FieldError{"--format", "formato_informe",
                                              "\"" + options.format +
                                                  "\" no es un formato de informe; use uno de: " +
                                                  api::report_document_names() + "."});
    }
    auto scope = open_scope(context, options.db, options.commission, options.period, refused,
                            std::move(problems));
    if (!scope) {
        return EXIT_USAGE;
    }
    auto model = report::assemble_report(scope->data, scope->commission->key, scope->period);
    if (!model) {
        print_problems(err, model.error(), refused);
        return EXIT_BAD_INPUT;
    }
    auto path = options.out.empty() ? api::report_file_name(*model, *format) : options.out;
    if (path == "-" && format->binary) {
        print_problems(err,
                       {common::FieldError{"--out", "salida_binaria",
                                           "el formato " + options.format +
                                               " es binario: indique un archivo con --out."}},
                       refused);
        return EXIT_USAGE;
    }
    auto bytes = format->render(*model);
    if (!bytes) {
        print_problems(err, bytes.error(), refused);
        return EXIT_BAD_INPUT;
    }
    if (path == "-") {
        context.streams.out << *bytes;
    } else if (!write_whole_file(path, *bytes)) {
        print_problems(err,
                       {common::FieldError{"--out", "archivo_escribible",
                                           "no se pudo escribir el archivo " + path + "."}},
                       refused);
        return EXIT_BAD_INPUT;
    }
    if (path != "-") {
        context.streams.out << "Informe (" << format->name << ") escrito en " << path << ".\n";
    }
    return EXIT_OK;
}

}  // namespace

void add_report_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "report",
        "Genera el informe de actividades de una comisión para un periodo (un trimestre, un año "
        "o cualquier intervalo de fechas)");
    auto options = std::make_shared<ReportOptions>();
    add_db_option(*command, options->db);
    add_commission_option(*command, options->commission);
    add_period_options(*command, options->period);
    command->add_option("--format", options->format, "Formato: " + api::report_document_names())
        ->type_name("FORMATO")
        ->capture_default_str();
    command
        ->add_option("--out", options->out,
                     "Archivo de salida («-»: la salida estándar, solo formatos de texto); por "
                     "omisión informe-SIGLAS-DESDE-HASTA.EXT")
        ->type_name("ARCHIVO");
    command->footer(
        "Ejemplo: vincula report --commission CVOE --quarter 2021-T4 --format pdf --out "
        "informe.pdf");
    command->callback([&context, options] { context.exit_code = run_report(context, *options); });
}

}  // namespace vincula::cli
