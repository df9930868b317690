// The report prints a document's date as the day it was presented
// («presentado el viernes 22 de octubre de 2021»). When that day is not the
// date of any session it was presented in, the report states a presentation
// on a day the commission did not meet (the seed does exactly this). The
// date may instead be the document's own, hence an aviso.
#include <vector>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"
#include "lang/dates.h"
#include "lang/text.h"

namespace vincula::checks {

void check_document_dates(const Context& context, Findings& findings) {
    for (const auto& document : context.data().documents) {
        if (!document.date) {
            continue;
        }
        std::vector<const domain::Session*> sessions;
        bool touches_period = context.in_period(*document.date);
        bool met_that_day = false;
        for (const auto& key : document.presented_in) {
            if (const auto* session = context.session(key)) {
                sessions.push_back(session);
                touches_period = touches_period || context.in_period(session->date);
                met_that_day = met_that_day || session->date == *document.date;
            }
        }
        if (sessions.empty() || !touches_period || met_that_day) {
            continue;
        }
        std::vector<std::string> where;
        for (const auto* session : sessions) {
            where.push_back("la " + context.session_phrase(*session));
        }
        findings.push_back(make_finding("documento_fecha_sin_sesion",
                                        RecordRef{"documents", document.key, "date"},
                                        {excerpt(document.title), document.key,
                                         lang::long_date(*document.date), lang::join_list(where)}));
    }
}

}  // namespace vincula::checks
