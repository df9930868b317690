#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

struct Ceremony {
    common::Date date;
    std::optional<std::string> place;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("date", self.date);
        v.field("place", self.place);
    }
};

// An inter-institutional agreement. A specific convenio may derive from a
// general one (`parent`). No `valid_to` means indefinite validity.
struct Convenio {
    std::string key;
    std::optional<std::string> folio;
    ConvenioType type = ConvenioType::Collaboration;
    std::optional<std::string> title;
    std::vector<std::string> counterparts;
    std::optional<std::string> parent;
    std::optional<std::string> object;
    std::optional<std::string> area;
    ConvenioStatus status = ConvenioStatus::InProcess;
    std::optional<common::Date> signed_on;
    std::optional<common::Date> valid_from;
    std::optional<common::Date> valid_to;
    std::optional<Ceremony> ceremony;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("folio", self.folio);
        v.field("type", self.type);
        v.field("title", self.title);
        v.field("counterparts", self.counterparts, refers_to(Refers::Organizations));
        v.field("parent", self.parent, refers_to(Refers::Convenios));
        v.field("object", self.object);
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("status", self.status);
        v.field("signed", self.signed_on);
        v.field("valid_from", self.valid_from);
        v.field("valid_to", self.valid_to);
        v.field("ceremony", self.ceremony);
    }
};

// Progress on a convenio reported to a session (table 2.3).
struct ConvenioProgress {
    std::string convenio;
    std::string session;
    std::optional<std::string> area;
    std::optional<std::string> text;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("text", self.text);
    }
};

// The unit's accompaniment of an area negotiating a convenio (table 2.4).
struct Accompaniment {
    std::string convenio;
    std::string area;
    std::optional<std::string> area_label;  // «Secretaría Ejecutiva a través de …»
    common::Date from;
    std::optional<common::Date> to;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("area_label", self.area_label);
        v.field("from", self.from);
        v.field("to", self.to);
    }
};

// An opinion of pertinence on a draft instrument (table 2.5).
struct PertinenceOpinion {
    std::string number;
    common::Date date;
    std::optional<std::string> convenio;
    std::vector<std::string> areas;
    OpinionSense sense = OpinionSense::Favourable;
    std::string instrument;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("number", self.number, key_field());
        v.field("date", self.date);
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("areas", self.areas, refers_to(Refers::Areas));
        v.field("sense", self.sense);
        v.field("instrument", self.instrument);
    }
};

}  // namespace vincula::domain
