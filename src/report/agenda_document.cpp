// The orden del día of a session: when and where it is held, and its items
// in the order the rules give them, each for approval or for information,
// with who presents it and its annex.
#include "lang/names.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/session_documents.h"
#include "report/session_paper.h"

namespace vincula::report {

ReportModel agenda_document(SessionPaper& paper) {
    auto model = session_document_model(paper, "Orden del día de la " + paper.session_name());
    Section items{"orden-del-dia", "", "Orden del día", 1, false, {}, {}};
    items.blocks.emplace_back(paragraph(lang::capitalize_first(paper.session_name()) + " " +
                                        lang::after_preposition("de", paper.commission_phrase()) +
                                        ", " + paper.when_and_where() + "."));
    items.blocks.emplace_back(agenda_list(paper, true));
    model.sections.push_back(std::move(items));
    return model;
}

}  // namespace vincula::report
