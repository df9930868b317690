#include "checks/review.h"

#include <algorithm>
#include <utility>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "domain/agreement_code_format.h"
#include "lang/text.h"

namespace vincula::checks {

const domain::Commission* find_commission(const domain::Dataset& data, std::string_view name) {
    for (const auto& commission : data.commissions) {
        if (commission.key == name) {
            return &commission;
        }
    }
    // By key, by today's acronym, then by one it bore before: a report of
    // an old period is asked for by the name the commission had then.
    auto wanted = lang::search_key(name);
    for (const auto& commission : data.commissions) {
        if (lang::search_key(commission.key) == wanted ||
            lang::search_key(commission.acronym) == wanted) {
            return &commission;
        }
    }
    for (const auto& commission : data.commissions) {
        for (const auto& acronym : domain::acronyms_of(commission)) {
            if (lang::search_key(acronym) == wanted) {
                return &commission;
            }
        }
    }
    return nullptr;
}

common::FieldError unknown_commission(const domain::Dataset& data, std::string_view name,
                                      std::string field) {
    std::vector<std::string> known;
    for (const auto& commission : data.commissions) {
        known.push_back(commission.acronym);
    }
    auto listed = known.empty() ? std::string("los datos no tienen ninguna")
                                : "las registradas son " + lang::join_list(known);
    return common::FieldError{std::move(field), "comision_existente",
                              sentence("comision_existente", {name, listed})};
}

Findings review(const domain::Dataset& data, const domain::Commission& commission,
                const domain::Period& period) {
    Context context(data, commission, period);
    Findings findings;
    // In the order a person reads the report: sessions and agreements, then
    // convenios, the work programme, contests, and the shared registries.
    using Check = void (*)(const Context&, Findings&);
    constexpr std::pair<std::string_view, Check> CHECKS[] = {
        {"numeración de sesiones", check_session_numbering},
        {"sesiones en fin de semana", check_weekend_sessions},
        {"asistencia", check_attendance_members},
        {"presidencia y secretaría", check_seat_overlap},
        {"numeración de acuerdos", check_agreement_numbering},
        {"aprobación de minutas", check_minutes_approval},
        {"quórum y votaciones", check_quorum_and_votes},
        {"convocatorias", check_convocation_notice},
        {"seguimiento de acuerdos", check_follow_up_deadlines},
        {"fechas de documentos", check_document_dates},
        {"vigencia de convenios", check_convenio_expiry},
        {"avances de convenios", check_convenio_progress_status},
        {"avances en el informe", check_convenio_progress_reach},
        {"cifras históricas de convenios", check_baseline_records},
        {"programa de trabajo", check_programme_presence},
        {"acciones del programa", check_action_coverage},
        {"cifras en los textos", check_prose_counts},
        {"concursos", check_contest_entries},
        {"nombres repetidos", check_duplicate_names},
    };
    for (auto [name, check] : CHECKS) {
        // A record stored before today's rules may hold a value a rule
        // cannot read: that rule says so, and the others still run.
        try {
            check(context, findings);
        } catch (const std::exception& error) {
            findings.push_back(make_finding("revision_incompleta",
                                            RecordRef{"commissions", commission.key, ""},
                                            {name, error.what()}));
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return findings;
}

common::Result<Findings> review(const domain::Dataset& data, std::string_view commission,
                                const domain::Period& period) {
    if (const auto* found = find_commission(data, commission)) {
        return review(data, *found, period);
    }
    return unknown_commission(data, commission, "commission");
}

}  // namespace vincula::checks
