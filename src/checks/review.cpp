#include "checks/review.h"

#include <algorithm>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "lang/text.h"

namespace vincula::checks {

const domain::Commission* find_commission(const domain::Dataset& data, std::string_view name) {
    for (const auto& commission : data.commissions) {
        if (commission.key == name) {
            return &commission;
        }
    }
    auto wanted = lang::search_key(name);
    for (const auto& commission : data.commissions) {
        if (lang::search_key(commission.key) == wanted ||
            lang::search_key(commission.acronym) == wanted) {
            return &commission;
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
    check_session_numbering(context, findings);
    check_weekend_sessions(context, findings);
    check_attendance_members(context, findings);
    check_presidency_overlap(context, findings);
    check_agreement_numbering(context, findings);
    check_minutes_approval(context, findings);
    check_document_dates(context, findings);
    check_convenio_expiry(context, findings);
    check_convenio_progress_status(context, findings);
    check_action_coverage(context, findings);
    check_prose_counts(context, findings);
    check_contest_entries(context, findings);
    check_duplicate_names(context, findings);
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
