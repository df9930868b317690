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
        v.field("object", self.object, prose());
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
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("session", self.session, refers_to(Refers::Sessions));
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("text", self.text, prose());
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

// The unit's accompaniment of an area negotiating a convenio (table 2.4).
struct Accompaniment {
    std::string convenio;
    std::string area;
    std::optional<std::string> area_label;  // «Secretaría Ejecutiva a través de …»
    common::Date from;
    std::optional<common::Date> to;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("area_label", self.area_label);
        v.field("from", self.from);
        v.field("to", self.to);
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

// An opinion of pertinence on a draft instrument (table 2.5). When its date
// is not recorded, `issued_from`/`issued_to` bound when it was issued (the
// period of the report that gave account of it).
struct PertinenceOpinion {
    std::string number;
    std::optional<common::Date> date;
    std::optional<std::string> convenio;
    std::vector<std::string> areas;
    OpinionSense sense = OpinionSense::Favourable;
    std::string instrument;
    std::optional<common::Date> issued_from;
    std::optional<common::Date> issued_to;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("number", self.number, key_field());
        v.field("date", self.date);
        v.field("issued_from", self.issued_from);
        v.field("issued_to", self.issued_to);
        v.field("convenio", self.convenio, refers_to(Refers::Convenios));
        v.field("areas", self.areas, refers_to(Refers::Areas));
        v.field("sense", self.sense);
        v.field("instrument", self.instrument, prose());
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

// How many of a baseline's instruments were signed with counterparts of one
// sector («18 con instituciones académicas»).
struct SectorCount {
    Sector sector = Sector::Electoral;
    int count = 0;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("sector", self.sector);
        v.field("count", self.count);
    }
};

// How many of a baseline's instruments are of one type.
struct TypeCount {
    ConvenioType type = ConvenioType::Collaboration;
    int count = 0;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("type", self.type);
        v.field("count", self.count);
    }
};

// A dated count of instruments carried over from the unit's old register:
// `signed` since `since` and `in_force` on `as_of`, and, when the register
// says, how many `concluded` and how they divide by sector and by type.
// Totals on a later date are this plus the convenio records signed after
// `as_of` (domain/convenio_registry.h); the stated figures must agree with
// each other (baseline_rules.cpp) and with the records they include (the
// review's cifra_historica_rebasada).
struct ConvenioBaseline {
    std::string key;
    common::Date as_of;
    common::Date since;
    int signed_count = 0;
    int in_force_count = 0;
    std::optional<int> concluded_count;
    std::vector<SectorCount> by_sector;
    std::vector<TypeCount> by_type;
    std::string source;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("as_of", self.as_of);
        v.field("since", self.since);
        v.field("signed", self.signed_count);
        v.field("in_force", self.in_force_count);
        v.field("concluded", self.concluded_count);
        v.field("by_sector", self.by_sector);
        v.field("by_type", self.by_type);
        v.field("source", self.source);
    }
};

}  // namespace vincula::domain
