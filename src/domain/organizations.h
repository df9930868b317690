#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

struct Institution {
    std::string name;
    std::string acronym;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("name", self.name);
        v.field("acronym", self.acronym);
    }
};

// What changed for an area from a date on (a new name, acronym or head).
struct AreaChange {
    common::Date from;
    std::optional<std::string> name;
    std::optional<std::string> acronym;
    std::optional<std::string> head;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("from", self.from);
        v.field("name", self.name);
        v.field("acronym", self.acronym);
        v.field("head", self.head, refers_to(Refers::People));
    }

    bool operator==(const AreaChange&) const = default;
};

// A unit of the institute (UTVOE, DEAP, …). `name`, `acronym` and `head` are
// those in force from the start; `history` lists later changes.
struct Area {
    std::string key;
    std::string name;
    std::string acronym;
    std::optional<std::string> head;
    std::vector<AreaChange> history;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("acronym", self.acronym);
        v.field("head", self.head, refers_to(Refers::People));
        v.field("history", self.history);
    }

    bool operator==(const Area&) const = default;
};

struct Person {
    std::string key;
    std::string name;
    Gender gender = Gender::Female;
    std::optional<std::string> honorific;  // «maestra», «doctor»
    std::optional<std::string> email;
    // The surnames as the name ends with them («De la Cruz Magaña»), when
    // lang::surnames_of would not find them (a single surname after two
    // given names, a compound surname joined by «y»).
    std::optional<std::string> surnames;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("gender", self.gender);
        v.field("honorific", self.honorific);
        v.field("email", self.email, FieldSpec{.text = TextRule::Email});
        v.field("surnames", self.surnames);
    }
};

struct Organization {
    std::string key;
    std::string name;
    std::optional<std::string> acronym;
    Sector sector = Sector::Electoral;
    std::optional<std::string> country;
    std::optional<std::string> state;
    std::optional<std::string> parent;
    // The article its name takes in a sentence («el Instituto…», «la
    // Universidad…»), when lang::definite_article_for would choose wrong.
    std::optional<Article> article;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("acronym", self.acronym);
        v.field("sector", self.sector);
        v.field("country", self.country, FieldSpec{.text = TextRule::Country});
        v.field("state", self.state);
        v.field("parent", self.parent, refers_to(Refers::Organizations));
        v.field("article", self.article);
    }
};

}  // namespace vincula::domain
