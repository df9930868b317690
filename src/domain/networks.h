#pragma once

#include <optional>
#include <string>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

struct Network {
    std::string key;
    std::string name;
    std::optional<std::string> description;
    // The address mailings are sent from, and what they are for, as an
    // infinitive clause («mantener informadas a las personas integrantes …»)
    // that the report completes with the count of mailings.
    std::optional<std::string> email;
    std::optional<std::string> purpose;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("description", self.description, prose());
        v.field("email", self.email, FieldSpec{.text = TextRule::Email});
        v.field("purpose", self.purpose, prose());
    }
};

// A person reachable through a network. Personal data: restricted access.
struct Contact {
    std::string network;
    std::string name;
    std::string email;
    std::optional<std::string> country;
    bool opted_out = false;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("network", self.network, refers_to(Refers::Networks));
        v.field("name", self.name);
        v.field("email", self.email, FieldSpec{.text = TextRule::Email});
        v.field("country", self.country, FieldSpec{.text = TextRule::Country});
        v.field("opted_out", self.opted_out);
    }
};

struct Mailing {
    std::string network;
    common::Date date;
    MailingKind kind = MailingKind::Information;
    std::optional<int> recipients;
    std::optional<std::string> subject;
    std::string info;
    std::optional<std::string> action;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("network", self.network, refers_to(Refers::Networks));
        v.field("date", self.date);
        v.field("kind", self.kind);
        v.field("recipients", self.recipients);
        v.field("subject", self.subject);
        v.field("info", self.info, prose());
        v.field("action", self.action, refers_to(Refers::Actions));
    }
};

}  // namespace vincula::domain
