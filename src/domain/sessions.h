#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

// A session of a commission. Its name («Décima primera sesión ordinaria») is
// derived from type and number, never stored.
struct Session {
    std::string key;
    std::string commission;
    int year = 0;
    SessionType type = SessionType::Ordinary;
    int number = 0;
    common::Date date;
    std::optional<common::TimeOfDay> time;
    Modality modality = Modality::Remote;
    SessionStatus status = SessionStatus::Held;
    // Where it is held (a room, an address) and, at a distance, its link.
    std::optional<std::string> place;
    std::optional<std::string> link;
    // When the convocatoria was sent: the notice it gave is checked against
    // the commission's rule.
    std::optional<common::Date> convened_on;
    std::optional<common::TimeOfDay> convened_at;
    // When it actually opened and closed, as the minutes state them.
    std::optional<common::TimeOfDay> opened_at;
    std::optional<common::TimeOfDay> closed_at;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("commission", self.commission, refers_to(Refers::Commissions));
        v.field("year", self.year, year_field());
        v.field("type", self.type);
        v.field("number", self.number, ordinal_field());
        v.field("date", self.date);
        v.field("time", self.time);
        v.field("modality", self.modality);
        v.field("status", self.status);
        v.field("place", self.place);
        v.field("link", self.link);
        v.field("convened_on", self.convened_on);
        v.field("convened_at", self.convened_at);
        v.field("opened_at", self.opened_at);
        v.field("closed_at", self.closed_at);
    }
};

// A session the records do not hold (one of the Consejo General, or of the
// commission before its records begin), described only by what the text
// states: no body means the commission itself.
struct SessionReference {
    std::optional<std::string> body;
    SessionType type = SessionType::Ordinary;
    std::optional<int> number;
    std::optional<int> year;
    std::optional<common::Date> date;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("body", self.body);
        v.field("type", self.type);
        v.field("number", self.number, bounded(1, 9999));
        v.field("year", self.year, year_field());
        v.field("date", self.date);
    }

    bool operator==(const SessionReference&) const = default;
};

// The roll of one session: memberships present and absences justified; every
// other expected attendee was absent.
struct Attendance {
    std::string session;
    std::vector<std::string> present;
    std::vector<std::string> justified;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("session", self.session, FieldSpec{.refers = Refers::Sessions, .is_key = true});
        v.field("present", self.present, refers_to(Refers::Memberships));
        v.field("justified", self.justified, refers_to(Refers::Memberships));
    }
};

struct AgendaItem {
    std::string session;
    int order = 0;
    std::string title;
    AgendaKind kind = AgendaKind::Agenda;
    std::optional<std::string> agreement;
    std::optional<std::string> document;
    // The area that presents the item (its document's area when unsaid),
    // and what was said about it, as staff summarize it for the minutes.
    std::optional<std::string> presenter;
    std::optional<std::string> summary;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("order", self.order, ordinal_field());
        v.field("title", self.title);
        v.field("kind", self.kind);
        v.field("agreement", self.agreement, agreement_ref());
        v.field("document", self.document, refers_to(Refers::Documents));
        v.field("presenter", self.presenter, refers_to(Refers::Areas));
        v.field("summary", self.summary, prose());
    }
};

// An agreement of a commission. The code is canonical CVOE/NNN/YY; new
// agreements get the next number of their commission and year. Agreements
// cited from earlier years may have no session on record, only a date or
// the session's type and number (`held_in`).
struct Agreement {
    std::string code;
    std::optional<std::string> session;
    std::optional<common::Date> date;
    AgreementKind kind = AgreementKind::Other;
    AgreementResult result = AgreementResult::Approved;
    std::string title;
    std::optional<int> votes_for;
    std::optional<int> votes_against;
    std::optional<int> abstentions;
    std::optional<SessionReference> held_in;
    // The session whose minuta this agreement approves, when it says so;
    // else the rule of domain/minutes.h decides.
    std::optional<std::string> minutes_of;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("code", self.code, FieldSpec{.text = TextRule::AgreementCode, .is_key = true});
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("held_in", self.held_in);
        v.field("date", self.date);
        v.field("kind", self.kind);
        v.field("result", self.result);
        v.field("title", self.title);
        v.field("votes_for", self.votes_for);
        v.field("votes_against", self.votes_against);
        v.field("abstentions", self.abstentions);
        v.field("minutes_of", self.minutes_of, refers_to(Refers::Sessions));
    }
};

// How the voting seats voted an agreement: by name, or «por unanimidad de
// votos de las personas consejeras presentes» (every voting seat present
// voted in favour). A voting seat present and in no list did not vote; one
// absent is «ausente». Seats are memberships, so a substitute votes in the
// seat it covers.
struct Vote {
    std::string agreement;
    bool unanimous = false;
    std::vector<std::string> in_favour;
    std::vector<std::string> against;
    std::vector<std::string> abstaining;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("agreement", self.agreement,
                FieldSpec{
                    .refers = Refers::Agreements, .text = TextRule::AgreementCode, .is_key = true});
        v.field("unanimous", self.unanimous);
        v.field("in_favour", self.in_favour, refers_to(Refers::Memberships));
        v.field("against", self.against, refers_to(Refers::Memberships));
        v.field("abstaining", self.abstaining, refers_to(Refers::Memberships));
    }
};

// A voto particular, concurrente or razonado: who issued it on which
// agreement, and its text when recorded.
struct VoteOpinion {
    std::string key;
    std::string agreement;
    std::string membership;
    OpinionKind kind = OpinionKind::Dissenting;
    std::optional<std::string> text;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("agreement", self.agreement, agreement_ref());
        v.field("membership", self.membership, refers_to(Refers::Memberships));
        v.field("kind", self.kind);
        v.field("text", self.text, prose());
    }
};

// An observation a member made to a session's draft minuta: who (the
// seat), when and what, and whether the minuta took it in.
struct MinutesObservation {
    std::string key;
    std::string session;
    std::string membership;
    common::Date date;
    std::string text;
    ObservationOutcome outcome = ObservationOutcome::Pending;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("membership", self.membership, refers_to(Refers::Memberships));
        v.field("date", self.date);
        v.field("text", self.text, prose());
        v.field("outcome", self.outcome);
    }
};

// The follow-up of an agreement that orders something (seguimiento de
// acuerdos): what it orders, the areas responsible, the deadline, and
// whether it was fulfilled, when and with what evidence.
struct AgreementFollowUp {
    std::string agreement;
    std::optional<std::string> instruction;  // «Publicar el informe en el portal…»
    std::vector<std::string> areas;
    std::optional<common::Date> deadline;
    FollowUpStatus status = FollowUpStatus::InProgress;
    std::optional<common::Date> fulfilled_on;
    std::optional<std::string> evidence;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("agreement", self.agreement,
                FieldSpec{
                    .refers = Refers::Agreements, .text = TextRule::AgreementCode, .is_key = true});
        v.field("instruction", self.instruction, prose());
        v.field("areas", self.areas, refers_to(Refers::Areas));
        v.field("deadline", self.deadline);
        v.field("status", self.status);
        v.field("fulfilled_on", self.fulfilled_on);
        v.field("evidence", self.evidence, prose());
    }
};

}  // namespace vincula::domain
