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

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("order", self.order, ordinal_field());
        v.field("title", self.title);
        v.field("kind", self.kind);
        v.field("agreement", self.agreement, agreement_ref());
        v.field("document", self.document, refers_to(Refers::Documents));
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
    }
};

}  // namespace vincula::domain
