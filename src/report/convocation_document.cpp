// The convocatoria: to whom (every seat of the commission on the session's
// date), to what (the session, when and where), on what basis, and the
// proposed orden del día with its annexes, signed by the presidency.
#include "lang/dates.h"
#include "lang/names.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/session_documents.h"
#include "report/session_paper.h"

namespace vincula::report {
namespace {

// What the commission does with an item: approve it, or take note of it.
const char* purpose(domain::AgendaKind kind) {
    switch (kind) {
        case domain::AgendaKind::Agenda:
        case domain::AgendaKind::Minutes:
        case domain::AgendaKind::Agreement:
            return "Para aprobación";
        case domain::AgendaKind::Report:
        case domain::AgendaKind::Note:
            return "Para conocimiento";
        case domain::AgendaKind::GeneralMatters:
            return nullptr;
    }
    return nullptr;
}

}  // namespace

// The proposed agenda as a numbered list: each item with who presents it
// and its annex.
List agenda_list(const SessionPaper& paper, bool with_details) {
    List list{ListStyle::Numbered, {}};
    for (const auto& line : paper.agenda()) {
        ListItem item{Text{plain(line.title)}, {}};
        if (with_details && purpose(line.kind)) {
            item.items.push_back(ListItem{Text{plain(purpose(line.kind))}, {}});
        }
        if (with_details && line.presenter) {
            item.items.push_back(ListItem{Text{plain("Presenta: " + *line.presenter)}, {}});
        }
        if (line.annex) {
            item.items.push_back(ListItem{Text{plain("Anexo: " + *line.annex)}, {}});
        }
        // The files of the expediente, by name, so that a member finds
        // each one among those sent with the convocatoria.
        for (const auto& name : line.annex_files) {
            item.items.push_back(ListItem{Text{plain("Archivo anexo: «" + name + "»")}, {}});
        }
        list.items.push_back(std::move(item));
    }
    return list;
}

ReportModel session_document_model(SessionPaper& paper, const std::string& title) {
    ReportModel model;
    model.title = title;
    model.author = paper.commission().name;
    if (paper.data().institution) {
        model.institution = paper.data().institution->name;
    }
    model.commission_acronym = paper.commission().acronym;
    model.from = paper.session().date;
    model.to = paper.session().date;
    model.brief = true;
    model.cover.commission = lang::to_upper(paper.commission().name);
    model.cover.title = lang::to_upper(title);
    return model;
}

ReportModel convocation_document(SessionPaper& paper) {
    const auto& session = paper.session();
    auto model = session_document_model(paper, "Convocatoria a la " + paper.session_name());

    Section addressees{
        "destinatarios", "", "Personas integrantes de la Comisión", 1, false, {}, {}};
    List seats{ListStyle::Bullet, {}};
    for (const auto* seat : paper.seats()) {
        seats.items.push_back(ListItem{Text{plain(paper.seat_line(*seat))}, {}});
    }
    addressees.blocks.emplace_back(std::move(seats));
    model.sections.push_back(std::move(addressees));

    Section body{"convocatoria", "", "Convocatoria", 1, false, {}, {}};
    std::string call = paper.commission().legal_basis
                           ? "Con fundamento en " + *paper.commission().legal_basis + ", se "
                           : "Se ";
    call += "les convoca a la " + paper.session_name() + " " +
            lang::after_preposition("de", paper.commission_phrase()) + ", que se celebrará " +
            paper.when_and_where() + ", conforme al siguiente";
    body.blocks.emplace_back(paragraph(call + ":"));
    model.sections.push_back(std::move(body));

    Section agenda{"orden-del-dia", "", "Orden del día", 1, false, {}, {}};
    agenda.blocks.emplace_back(agenda_list(paper, true));
    // The files kept under the session itself go with the convocatoria as
    // a whole, not with one item.
    const auto& sent = paper.files_of("sessions", session.key);
    if (!sent.empty()) {
        agenda.blocks.emplace_back(paragraph(sent.size() == 1
                                                 ? "Se acompaña el siguiente archivo:"
                                                 : "Se acompañan los siguientes archivos:"));
        List files{ListStyle::Bullet, {}};
        for (const auto& name : sent) {
            files.items.push_back(ListItem{Text{plain("Archivo anexo: «" + name + "»")}, {}});
        }
        agenda.blocks.emplace_back(std::move(files));
    }
    model.sections.push_back(std::move(agenda));

    Section closing{"firma", "", "Atentamente", 1, false, {}, {}};
    if (session.convened_on) {
        closing.blocks.emplace_back(paragraph(
            "Emitida el " + lang::long_date(*session.convened_on) +
            (session.convened_at ? " a las " + session.convened_at->to_string() + " horas."
                                 : ".")));
    }
    for (const auto* seat : paper.seats()) {
        if (seat->role == domain::MemberRole::Presidency) {
            closing.blocks.emplace_back(paragraph(Text{bold(paper.holder(*seat))}));
            closing.blocks.emplace_back(paragraph(paper.seat_title(*seat)));
        }
    }
    model.sections.push_back(std::move(closing));
    return model;
}

}  // namespace vincula::report
