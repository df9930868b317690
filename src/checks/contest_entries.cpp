// A contest entry's category is derived from the entrant's age on the day
// registration closes, and entrants under 18 need a guardian's consent
// (DOMAIN.md, «Registro»). An entry that fits no category cannot be counted
// in the report's table by category; a minor without consent cannot take
// part. Entrants are named by key only: they are personal data, often of
// minors, and this list is read and passed around by staff.
#include <vector>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "lang/dates.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

constexpr int AGE_OF_MAJORITY = 18;

std::string categories_phrase(const domain::Contest& contest) {
    std::vector<std::string> labels;
    for (const auto& category : contest.categories) {
        labels.push_back(category.label);
    }
    return labels.empty() ? "el concurso no tiene categorías" : lang::join_list(labels);
}

void check_entry(const domain::Contest& contest, const domain::Registration& entry,
                 Findings& findings) {
    int age = common::age_on(entry.birth_date, contest.registration_close);
    auto contest_name = "«" + contest.name + "»";
    if (domain::category_of(contest, entry) == nullptr) {
        findings.push_back(make_finding(
            "registro_sin_categoria", RecordRef{"registrations", entry.key, "birth_date"},
            {entry.key, contest_name, std::to_string(age),
             lang::long_date(contest.registration_close), categories_phrase(contest)}));
    }
    // Aggregates-only entries stand for published totals and carry no consent record.
    if (age < AGE_OF_MAJORITY && !entry.guardian_consent && !entry.anonymised) {
        findings.push_back(make_finding("menor_sin_consentimiento",
                                        RecordRef{"registrations", entry.key, "guardian_consent"},
                                        {entry.key, contest_name, std::to_string(age)}));
    }
}

}  // namespace

void check_contest_entries(const Context& context, Findings& findings) {
    for (const auto& contest : context.data().contests) {
        if (!context.is_commission_contest(contest) ||
            !context.period().overlaps(contest.registration_open, contest.registration_close)) {
            continue;
        }
        for (const auto& entry : context.data().registrations) {
            // A rejected entry is out of the contest, often for this very reason.
            if (entry.contest == contest.key &&
                entry.status != domain::RegistrationStatus::Rejected) {
                check_entry(contest, entry, findings);
            }
        }
    }
}

}  // namespace vincula::checks
