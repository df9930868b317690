// Part II of the report is ordered by the lines and actions of the work
// programme of each year the period touches. Without one, that year's work
// has nowhere to go in the document: the review names the missing programme
// instead of the report printing a notice.
#include <algorithm>

#include "checks/catalogue.h"
#include "checks/checks.h"

namespace vincula::checks {

void check_programme_presence(const Context& context, Findings& findings) {
    const auto& programmes = context.data().work_programmes;
    for (int year = context.period().from().year(); year <= context.period().to().year(); ++year) {
        bool registered = std::any_of(programmes.begin(), programmes.end(), [&](const auto& pat) {
            return pat.commission == context.commission().key && pat.year == year;
        });
        if (!registered) {
            findings.push_back(make_finding("programa_faltante",
                                            RecordRef{"commissions", context.commission().key, ""},
                                            {std::to_string(year)}));
        }
    }
}

}  // namespace vincula::checks
