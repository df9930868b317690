// `vincula documento`: a session's convocatoria, orden del día, minuta or
// informe sobre el cumplimiento de acuerdos,
// in the formats the commission publishes or edits.
#include <ostream>

#include "api/report_documents.h"
#include "api/session_paperwork.h"

#include "cli/commands.h"
#include "cli/output_file.h"
#include "common/messages.h"

namespace vincula::cli {
namespace {

struct DocumentOptions {
    std::string db = "data/vincula.sqlite";
    std::string session;
    std::string kind;
    std::string format = "html";
    std::string out;
};

constexpr const char* FORMATS = "md, html, pdf, docx";

bool offered(std::string_view format) {
    return format == "md" || format == "html" || format == "pdf" || format == "docx";
}

int run_document(Context& context, const DocumentOptions& options) {
    auto& err = context.streams.err;
    const std::string refused = "No se generó el documento.";
    common::FieldErrors problems;
    auto kind = report::session_document_named(options.kind);
    if (!kind) {
        problems.push_back(common::field_error("--kind", "documento_de_sesion",
                                               {options.kind, report::session_document_names()}));
    }
    const auto* format =
        offered(options.format) ? api::find_report_document(options.format) : nullptr;
    if (format == nullptr) {
        problems.push_back(common::FieldError{
            "--format", "formato_documento",
            "\"" + options.format + "\" no es un formato de documento; use uno de: " + FORMATS +
                "."});
    }
    if (format != nullptr && format->binary && options.out == "-") {
        problems.push_back(common::FieldError{
            "--out", "salida_binaria",
            "el formato " + options.format + " es binario: indique un archivo con --out."});
    }
    if (!problems.empty()) {
        print_problems(err, problems, refused);
        return EXIT_USAGE;
    }
    auto store = context.open_store(options.db, StoreAccess::Existing);
    if (!store) {
        print_problems(err, store.error(), refused);
        return EXIT_USAGE;
    }
    auto model = api::session_paperwork(**store, options.session, *kind);
    if (!model) {
        auto errors = model.error();
        for (auto& error : errors) {
            error.field = error.field == "session" ? "--session" : "--kind";
        }
        print_problems(err, errors, refused);
        return EXIT_BAD_INPUT;
    }
    auto bytes = format->render(*model);
    if (!bytes) {
        print_problems(err, bytes.error(), refused);
        return EXIT_BAD_INPUT;
    }
    auto path = options.out.empty() ? api::session_paperwork_file_name(*model, options.session,
                                                                       *kind, format->extension)
                                    : options.out;
    if (path == "-") {
        context.streams.out << *bytes;
        return EXIT_OK;
    }
    if (!write_whole_file(path, *bytes)) {
        print_problems(err,
                       {common::FieldError{"--out", "archivo_escribible",
                                           "no se pudo escribir el archivo " + path + "."}},
                       refused);
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Documento (" << format->name << ") escrito en " << path << ".\n";
    return EXIT_OK;
}

}  // namespace

void add_document_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "documento",
        "Genera un documento de una sesión: la convocatoria, el orden del día, la minuta o el "
        "informe sobre el cumplimiento de acuerdos");
    auto options = std::make_shared<DocumentOptions>();
    add_db_option(*command, options->db);
    command->add_option("--session", options->session, "Clave de la sesión")
        ->type_name("CLAVE")
        ->required();
    command->add_option("--kind", options->kind, "Documento: " + report::session_document_names())
        ->type_name("DOCUMENTO")
        ->required();
    command->add_option("--format", options->format, std::string("Formato: ") + FORMATS)
        ->type_name("FORMATO")
        ->capture_default_str();
    command
        ->add_option("--out", options->out,
                     "Archivo de salida («-»: la salida estándar, solo formatos de texto); por "
                     "omisión DOCUMENTO-SIGLAS-FECHA-SESIÓN.EXT")
        ->type_name("ARCHIVO");
    command->footer(
        "Ejemplo: vincula documento --session o10-2021 --kind minuta --format pdf --out "
        "minuta.pdf");
    command->callback([&context, options] { context.exit_code = run_document(context, *options); });
}

}  // namespace vincula::cli
