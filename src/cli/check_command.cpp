// `vincula check`: the consistency review of a commission over a period,
// printed for a member of staff or as JSON for programs.
#include <nlohmann/json.hpp>
#include <ostream>

#include "api/reports.h"
#include "checks/review.h"
#include "cli/commands.h"
#include "cli/scope_options.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/plurals.h"

namespace vincula::cli {
namespace {

struct CheckOptions {
    std::string db = "data/vincula.sqlite";
    std::string commission;
    PeriodOptions period;
    bool json = false;
};

// «del viernes 1 de octubre al viernes 31 de diciembre de 2021», preceded by
// «cuarto trimestre de 2021» when the period is a quarter.
std::string period_words(const domain::Period& period) {
    auto range = lang::long_date_range(period.from(), period.to());
    if (auto quarter = period.quarter_number()) {
        return lang::ordinal(*quarter, lang::Gender::Masculine, lang::OrdinalStyle::Compound,
                             lang::Position::BeforeNoun) +
               " trimestre de " + std::to_string(period.from().year()) + " (" + range + ")";
    }
    return range;
}

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text) {
        width += (c & 0xC0) != 0x80;  // count UTF-8 lead bytes, not continuation bytes
    }
    return width;
}

// Wraps at word boundaries so long sentences stay indented under their number.
void print_wrapped(std::ostream& out, const std::string& text, const std::string& first_indent,
                   const std::string& indent) {
    constexpr std::size_t WIDTH = 100;
    std::string line = first_indent;
    std::size_t start = 0;
    bool line_has_words = false;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        auto word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (line_has_words && display_width(line) + 1 + display_width(word) > WIDTH) {
            out << line << '\n';
            line = indent;
            line_has_words = false;
        }
        line += (line_has_words ? " " : "") + word;
        line_has_words = true;
        start = end == std::string::npos ? text.size() : end + 1;
    }
    out << line << '\n';
}

void print_group(std::ostream& out, const checks::Findings& findings, checks::Severity severity,
                 const char* title) {
    if (checks::count_of(findings, severity) == 0) {
        return;
    }
    out << '\n' << title << '\n';
    std::size_t number = 0;
    for (const auto& finding : findings) {
        if (finding.severity != severity) {
            continue;
        }
        auto label = "  " + std::to_string(++number) + ". ";
        std::string indent(label.size(), ' ');
        print_wrapped(out, finding.message, label, indent);
        auto where = finding.record.array + " «" + finding.record.key + "»";
        if (!finding.record.field.empty()) {
            where += ", campo " + finding.record.field;
        }
        out << indent << "[" << finding.rule << "; " << where << "]\n";
    }
}

void print_text(std::ostream& out, const domain::Commission& commission,
                const domain::Period& period, const checks::Findings& findings) {
    out << "Revisión de consistencia: " << commission.name << " (" << commission.acronym << ")\n";
    out << "Periodo: " << period_words(period) << '\n';
    print_group(out, findings, checks::Severity::Error, "Errores (deben corregirse):");
    print_group(out, findings, checks::Severity::Warning, "Avisos (conviene revisarlos):");
    auto errors = checks::count_of(findings, checks::Severity::Error);
    auto warnings = checks::count_of(findings, checks::Severity::Warning);
    out << '\n';
    if (errors == 0 && warnings == 0) {
        out << "Sin errores ni avisos: los datos del periodo son consistentes.\n";
        return;
    }
    out << lang::counted(static_cast<long>(errors), "error") << " y "
        << lang::counted(static_cast<long>(warnings), "aviso") << ".\n";
}

void print_json(std::ostream& out, const domain::Commission& commission,
                const domain::Period& period, const checks::Findings& findings) {
    auto document = api::findings_json(commission, period, findings);
    out << document.dump(2) << '\n';
}

int run_check(Context& context, const CheckOptions& options) {
    auto scope = open_scope(context, options.db, options.commission, options.period,
                            "No se hizo la revisión.");
    if (!scope) {
        return EXIT_USAGE;
    }
    const auto& commission = *scope->commission;
    const auto& period = scope->period;
    auto findings = checks::review(scope->data, commission, period);
    if (options.json) {
        print_json(context.streams.out, commission, period, findings);
    } else {
        print_text(context.streams.out, commission, period, findings);
    }
    return checks::count_of(findings, checks::Severity::Error) > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

}  // namespace

void add_check_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "check",
        "Revisión de consistencia de una comisión en un periodo: numeración, minutas, asistencia, "
        "convenios, programa de trabajo, concursos y duplicados");
    auto options = std::make_shared<CheckOptions>();
    add_db_option(*command, options->db);
    add_commission_option(*command, options->commission);
    add_period_options(*command, options->period);
    command->add_flag("--json", options->json,
                      "Escribe los hallazgos en JSON: {comision, desde, hasta, hallazgos: "
                      "[{severidad, regla, mensaje, registro}]}");
    command->footer(
        "Código de salida: 0 si no hay errores (puede haber avisos), 1 si hay errores, 2 si la "
        "orden no se pudo ejecutar (opciones inválidas, comisión desconocida o base de datos "
        "inaccesible). La revisión solo lee: no modifica nada.");
    command->callback([&context, options] { context.exit_code = run_check(context, *options); });
}

}  // namespace vincula::cli
