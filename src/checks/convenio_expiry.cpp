// A convenio whose validity ended is no longer in force whatever its status
// says; left «vigente», it inflates the count of instruments in force that
// the report quotes («… de los cuales 43 se encuentran vigentes»), computed
// as of the period's end.
#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "lang/dates.h"

namespace vincula::checks {

void check_convenio_expiry(const Context& context, Findings& findings) {
    if (!context.follows_convenios()) {
        return;
    }
    for (const auto& convenio : context.data().convenios) {
        if (convenio.status != domain::ConvenioStatus::InForce || !convenio.valid_to ||
            !(*convenio.valid_to < context.period().to())) {
            continue;
        }
        findings.push_back(make_finding(
            "convenio_vencido_vigente", RecordRef{"convenios", convenio.key, "status"},
            {convenio_phrase(context.data(), convenio), lang::long_date(*convenio.valid_to)}));
    }
}

}  // namespace vincula::checks
