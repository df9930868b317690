// The «Informe sobre el cumplimiento de acuerdos» presented to a session:
// the commission's agreements that order something, as they stand on the
// session's date: those still open (en proceso, or vencido past their
// deadline) and those fulfilled since the previous ordinary session, each
// with what it orders, the areas responsible, the deadline and the evidence.
#include "domain/follow_ups.h"
#include "lang/dates.h"
#include "lang/names.h"
#include "lang/numbers.h"
#include "report/build_text.h"
#include "report/follow_up_table.h"
#include "report/session_documents.h"
#include "report/session_paper.h"

namespace vincula::report {

ReportModel compliance_document(SessionPaper& paper) {
    const auto& session = paper.session();
    auto model = session_document_model(paper, "Informe sobre el cumplimiento de acuerdos");
    const auto* previous = paper.previous_ordinary();
    auto since = previous != nullptr ? previous->date : common::Date::from_ymd(1900, 1, 1);
    auto follow_ups =
        domain::follow_ups_to_report(paper.data(), session.commission, since, session.date);

    Section section{
        "cumplimiento", "", "Estado del cumplimiento de los acuerdos", 1, false, {}, {}};
    section.blocks.emplace_back(paragraph("Informe que se presenta en la " + paper.session_name() +
                                          " " +
                                          lang::after_preposition("de", paper.commission_phrase()) +
                                          ", con corte al " + lang::long_date(session.date) + "."));
    if (follow_ups.empty()) {
        section.blocks.emplace_back(
            paragraph("A la fecha de corte no hay acuerdos pendientes de cumplimiento ni acuerdos "
                      "cumplidos desde la sesión ordinaria anterior."));
        model.sections.push_back(std::move(section));
        return model;
    }
    auto total = static_cast<long>(follow_ups.size());
    auto opening = total == 1 ? std::string("Del acuerdo en seguimiento, ")
                              : "De los " + lang::cardinal(total) + " acuerdos en seguimiento, ";
    section.blocks.emplace_back(
        paragraph(opening + follow_up_tally(follow_ups, session.date) + "."));
    section.blocks.emplace_back(follow_up_table(paper.context(), follow_ups, session.date, "1"));
    model.sections.push_back(std::move(section));
    return model;
}

}  // namespace vincula::report
