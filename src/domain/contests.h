#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"

namespace vincula::domain {

struct ContestCategory {
    std::string key;
    std::string label;
    int min_age = 0;
    int max_age = 0;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key);
        v.field("label", self.label);
        v.field("min_age", self.min_age, bounded(0, 120));
        v.field("max_age", self.max_age, bounded(0, 120));
    }
};

// «117 áreas de instituciones académicas»: a dissemination action and its count.
struct Dissemination {
    std::string text;
    std::optional<long> count;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("text", self.text, prose());
        v.field("count", self.count);
    }
};

// A change of the registration window: the close it moved to and the
// agreement that moved it («se amplió el plazo hasta el 30 de noviembre»).
struct RegistrationExtension {
    common::Date until;
    std::optional<std::string> agreement;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("until", self.until);
        v.field("agreement", self.agreement);
    }
};

// One edition of a contest; rules (categories, window) differ per edition.
// Registration closes at `registration_close_time` (Mexico City time,
// 23:59 when unset) of `registration_close`, the date after extensions.
struct Contest {
    std::string key;
    std::string name;
    int edition = 0;
    std::optional<std::string> theme;
    std::optional<std::string> question;
    std::optional<std::string> approved_by;
    std::vector<std::string> amended_by;
    common::Date registration_open;
    common::Date registration_close;
    std::optional<common::TimeOfDay> registration_close_time;
    std::vector<RegistrationExtension> extensions;
    std::vector<ContestCategory> categories;
    std::optional<int> max_minutes;  // the longest a work may run
    std::vector<std::string> co_organizers;
    std::vector<Dissemination> dissemination;
    std::optional<std::string> action;
    // Judging is over: jurors see each other's scores, the public the winners.
    bool results_published = false;
    // The entity the organizing institute serves («Veracruz»): entrants who
    // live there are its own (residence `cdmx` on the wire, for the IECM,
    // whose default this is); others, another entity or abroad.
    std::optional<std::string> home_entity;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("edition", self.edition, ordinal_field());
        v.field("theme", self.theme, prose());
        v.field("question", self.question, prose());
        v.field("approved_by", self.approved_by, agreement_ref());
        v.field("amended_by", self.amended_by, agreement_ref());
        v.field("registration_open", self.registration_open);
        v.field("registration_close", self.registration_close);
        v.field("registration_close_time", self.registration_close_time);
        v.field("extensions", self.extensions);
        v.field("categories", self.categories);
        v.field("max_minutes", self.max_minutes, bounded(1, 600));
        v.field("co_organizers", self.co_organizers, refers_to(Refers::Organizations));
        v.field("dissemination", self.dissemination);
        v.field("action", self.action, refers_to(Refers::Actions));
        v.field("results_published", self.results_published);
        v.field("home_entity", self.home_entity);
    }
};

// «Ciudad de México», or the entity the contest states as its own.
inline std::string home_entity_of(const Contest& contest) {
    return contest.home_entity.value_or("Ciudad de México");
}

// The work entered: a link to it, or a file kept by the store apart from the
// record (`file` names it there; see WorkFiles).
struct Work {
    std::string title;
    std::optional<std::string> link;
    std::optional<common::Date> uploaded_at;
    std::optional<std::string> file;
    std::optional<std::string> file_name;
    std::optional<std::string> file_type;
    std::optional<long> file_size;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("title", self.title);
        v.field("link", self.link);
        v.field("uploaded_at", self.uploaded_at);
        v.field("file", self.file);
        v.field("file_name", self.file_name);
        v.field("file_type", self.file_type);
        v.field("file_size", self.file_size);
    }
};

// An entry to a contest. Its category is derived from the age on the closing
// date, never stored. `anonymised` marks entries that stand for published
// aggregates only. `folio` is what the entrant is told; `jurors` are those
// the validated work is assigned to; `place` records a winner (1 = first).
struct Registration {
    std::string key;
    std::string contest;
    std::optional<std::string> folio;
    std::string name;
    std::optional<std::string> email;
    common::Date birth_date;
    Gender gender = Gender::Female;
    Residence residence = Residence::MexicoCity;
    std::optional<std::string> state;
    std::optional<std::string> guardian_name;
    bool guardian_consent = false;
    RegistrationStatus status = RegistrationStatus::Registered;
    std::optional<std::string> rejection_reason;
    std::optional<Work> work;
    bool privacy_accepted = false;
    std::vector<std::string> jurors;
    std::optional<int> place;
    bool anonymised = false;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("contest", self.contest, refers_to(Refers::Contests));
        v.field("folio", self.folio);
        v.field("name", self.name);
        v.field("email", self.email, FieldSpec{.text = TextRule::Email});
        v.field("birth_date", self.birth_date);
        v.field("gender", self.gender);
        v.field("residence", self.residence);
        v.field("state", self.state);
        v.field("guardian_name", self.guardian_name);
        v.field("guardian_consent", self.guardian_consent);
        v.field("status", self.status);
        v.field("rejection_reason", self.rejection_reason, prose());
        v.field("work", self.work);
        v.field("privacy_accepted", self.privacy_accepted);
        v.field("jurors", self.jurors, refers_to(Refers::Jurors));
        v.field("place", self.place, ordinal_field());
        v.field("anonymised", self.anonymised);
    }
};

struct Juror {
    std::string key;
    std::string contest;
    std::string name;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("contest", self.contest, refers_to(Refers::Contests));
        v.field("name", self.name);
    }
};

struct RubricCriterion {
    std::string contest;
    std::string criterion;
    double weight = 0;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("contest", self.contest, refers_to(Refers::Contests));
        v.field("criterion", self.criterion);
        v.field("weight", self.weight, bounded(0, 100));
    }
};

struct Score {
    std::string juror;
    std::string registration;
    std::string criterion;
    double score = 0;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("juror", self.juror, refers_to(Refers::Jurors));
        v.field("registration", self.registration, refers_to(Refers::Registrations));
        v.field("criterion", self.criterion);
        v.field("score", self.score, bounded(0, 10));
    }
};

// The category an entry falls in: by the entrant's age on the closing date
// of registration, never stored. Null when no category takes that age.
const ContestCategory* category_of(const Contest& contest, const Registration& entry);

}  // namespace vincula::domain
