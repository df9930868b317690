#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/voting.h"
#include "report/context.h"
#include "report/session_documents.h"

// What a session's paperwork (convocatoria, orden del día, minuta) reads
// about one session, and the words they share: who sits in which seat,
// where and how the session is held, its agenda in the order the rules
// give it, and how each agreement was voted.
namespace vincula::report {

// One line of a session's agenda: a recorded item, or one the rules place
// that was not recorded (the approval of the agenda, of the previous
// minutes, general matters).
struct AgendaLine {
    int number = 0;
    std::string title;
    domain::AgendaKind kind = domain::AgendaKind::Agenda;
    const domain::AgendaItem* item = nullptr;
    std::vector<const domain::Agreement*> agreements;
    std::optional<std::string> presenter;  // «la Unidad Técnica de …»
    std::optional<std::string> annex;      // the document presented
    // The files kept under the item's document and agreement.
    std::vector<std::string> annex_files;
};

class SessionPaper {
public:
    // The session's commission is read as it was on the session's date.
    SessionPaper(const domain::Dataset& data, const domain::Session& session,
                 const RecordFileNames& files = {});

    const domain::Session& session() const { return m_session; }
    const domain::Commission& commission() const { return m_context.commission(); }
    const domain::Dataset& data() const { return m_context.data(); }
    Context& context() { return m_context; }

    // «décima sesión ordinaria de 2021», «sesión de instalación de 2020».
    std::string session_name() const;
    // «la Comisión Permanente de Vinculación con Organismos Externos».
    std::string commission_phrase() const;
    // «el jueves 21 de octubre de 2021 a las 11:00 horas, a distancia,
    // mediante https://…»: when and where, as far as recorded.
    std::string when_and_where() const;
    // «en la Sala de sesiones», «a distancia, mediante https://…»,
    // «de manera híbrida, en … y mediante …»; empty for an in-person
    // session whose place is not recorded.
    std::string where() const;

    // The seats of the commission on the session's date (not substitutes),
    // presidency first, then members, secretary, parties and guests.
    std::vector<const domain::Membership*> seats() const;
    // «Maestra Erika Estrada Ruiz»; a party's seat without a person: the party.
    std::string holder(const domain::Membership& seat) const;
    // «Presidenta de la Comisión», «Consejero Electoral integrante de la
    // Comisión», «Secretaría Técnica», «Representación del Partido…».
    std::string seat_title(const domain::Membership& seat) const;
    const domain::Person* person_of(const domain::Membership& seat) const;
    // «Maestra Erika Estrada Ruiz, Presidenta de la Comisión»: a line of a
    // list of seats; a party's seat with nobody named is its title alone.
    std::string seat_line(const domain::Membership& seat) const;
    // «la maestra Erika Estrada Ruiz», «Bernardo Núñez Yedra»: the holder
    // within a sentence.
    std::string mention(const domain::Membership& seat) const;

    const domain::Attendance* roll() const { return m_roll; }
    domain::Roll voting_roll() const;

    std::vector<AgendaLine> agenda() const;
    // The last ordinary session held before this one (for the approval of
    // its minutes); none for the first, or for other kinds of session.
    const domain::Session* previous_ordinary() const;

    // «por unanimidad de votos de las personas consejeras presentes», «con
    // dos votos a favor (…) y uno en contra (…)»; none when the vote is not
    // recorded.
    std::optional<std::string> vote_phrase(const domain::Agreement& agreement) const;
    std::vector<const domain::VoteOpinion*> opinions(const domain::Agreement& agreement) const;

    // The names of the files kept under a record (none when not given).
    const std::vector<std::string>& files_of(const std::string& array,
                                             const std::string& key) const;

private:
    std::string names_of(const std::vector<std::string>& memberships) const;

    Context m_context;
    const domain::Session& m_session;
    const domain::Attendance* m_roll = nullptr;
    RecordFileNames m_files;
};

// The model each session document starts from: its title, the commission
// and title as heading, the brief layout (convocation_document.cpp).
ReportModel session_document_model(SessionPaper& paper, const std::string& title);
// The agenda as a numbered list: each item with its annex and, with
// details, who presents it and whether it is for approval.
List agenda_list(const SessionPaper& paper, bool with_details);

}  // namespace vincula::report
