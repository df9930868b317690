#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

struct DocumentSeries {
    std::string key;
    std::string title;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("title", self.title);
    }
};

// A report, note or proposal presented to one or more sessions. When the
// sessions are not recorded, `presented_from`/`presented_to` bound them.
// `legal_basis` names the provision it was presented under when that is
// what the report cites («el artículo 57 del Código …»); a periodic report
// says which period it `covers_*` and which agreement approved it.
struct Document {
    std::string key;
    std::string title;
    DocumentKind kind = DocumentKind::Report;
    std::optional<std::string> series;
    std::optional<std::string> area;
    std::optional<std::string> action;
    std::vector<std::string> presented_in;
    std::optional<common::Date> date;
    std::optional<common::Date> presented_from;
    std::optional<common::Date> presented_to;
    std::optional<std::string> legal_basis;
    std::optional<common::Date> covers_from;
    std::optional<common::Date> covers_to;
    std::optional<std::string> approved_by;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("title", self.title);
        v.field("kind", self.kind);
        v.field("series", self.series, refers_to(Refers::DocumentSeries));
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("action", self.action, refers_to(Refers::Actions));
        v.field("presented_in", self.presented_in, refers_to(Refers::Sessions));
        v.field("presented_from", self.presented_from);
        v.field("presented_to", self.presented_to);
        v.field("date", self.date);
        v.field("legal_basis", self.legal_basis, prose());
        v.field("covers_from", self.covers_from);
        v.field("covers_to", self.covers_to);
        v.field("approved_by", self.approved_by, agreement_ref());
    }
};

// Who took part in an activity: a known person, a known organization, or a
// person named only in text; `role` is the description printed after them.
struct Participant {
    std::optional<std::string> person;
    std::optional<std::string> organization;
    std::optional<std::string> text;
    std::optional<std::string> role;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("person", self.person, refers_to(Refers::People));
        v.field("organization", self.organization, refers_to(Refers::Organizations));
        v.field("text", self.text, prose());
        v.field("role", self.role);
    }
};

// Something the unit did: the staff write its description, which the report
// prints as written.
struct Activity {
    std::string key;
    std::optional<std::string> action;
    ActivityKind kind = ActivityKind::Other;
    common::Date date;
    std::optional<common::Date> end_date;
    std::string title;
    std::optional<std::string> description;
    std::optional<Modality> modality;
    std::optional<std::string> place;
    std::vector<std::string> areas;
    std::vector<Participant> participants;
    Counts counts;
    std::vector<std::string> links;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("action", self.action, refers_to(Refers::Actions));
        v.field("kind", self.kind);
        v.field("date", self.date);
        v.field("end_date", self.end_date);
        v.field("title", self.title);
        v.field("description", self.description, prose());
        v.field("modality", self.modality);
        v.field("place", self.place);
        v.field("areas", self.areas, refers_to(Refers::Areas));
        v.field("participants", self.participants);
        v.field("counts", self.counts);
        v.field("links", self.links);
    }
};

// A session of another body (INE's Consejo General or one of its commissions)
// followed and summarised in an executive note.
struct ExternalSession {
    std::string organization;
    std::string body;
    common::Date date;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("organization", self.organization, refers_to(Refers::Organizations));
        v.field("body", self.body);
        v.field("date", self.date);
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

// A weekly report on the national liaison request system (SIVOPLE).
struct SivopleReport {
    common::Date date;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("date", self.date);
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

// An executive note on an election abroad.
struct ElectionNote {
    std::string country;
    std::string election;
    common::Date election_date;
    std::string title;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("country", self.country);
        v.field("election", self.election);
        v.field("election_date", self.election_date);
        v.field("title", self.title);
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

}  // namespace vincula::domain
