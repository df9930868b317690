#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/activities.h"
#include "domain/commissions.h"
#include "domain/contests.h"
#include "domain/convenios.h"
#include "domain/networks.h"
#include "domain/organizations.h"
#include "domain/programme.h"
#include "domain/sessions.h"
#include "domain/signed_count.h"

namespace vincula::domain {

// All of an institute's records, or any subset of them (a bundle). The arrays
// are those of BUNDLE.md, in its order.
struct Dataset {
    std::optional<Institution> institution;
    std::vector<Area> areas;
    std::vector<Person> people;
    std::vector<Organization> organizations;
    std::vector<Commission> commissions;
    std::vector<Membership> memberships;
    std::vector<Session> sessions;
    std::vector<Attendance> attendance;
    std::vector<AgendaItem> agenda_items;
    std::vector<Agreement> agreements;
    std::vector<Vote> votes;
    std::vector<VoteOpinion> vote_opinions;
    std::vector<AgreementFollowUp> agreement_follow_ups;
    std::vector<MinutesObservation> minutes_observations;
    std::vector<WorkProgramme> work_programmes;
    std::vector<NoActivity> no_activity;
    std::vector<ActionText> action_texts;
    std::vector<DocumentSeries> document_series;
    std::vector<Document> documents;
    std::vector<Activity> activities;
    std::vector<ExternalSession> external_sessions;
    std::vector<SivopleReport> sivople_reports;
    std::vector<ElectionNote> election_notes;
    std::vector<Convenio> convenios;
    std::vector<ConvenioProgress> convenio_progress;
    std::vector<Accompaniment> accompaniments;
    std::vector<PertinenceOpinion> pertinence_opinions;
    std::vector<ConvenioBaseline> convenio_baselines;
    std::vector<Network> networks;
    std::vector<Contact> contacts;
    std::vector<Mailing> mailings;
    std::vector<Contest> contests;
    std::vector<Registration> registrations;
    std::vector<Juror> jurors;
    std::vector<RubricCriterion> rubric;
    std::vector<Score> scores;

    // Not an array of the bundle: convenio records a scope read counted
    // instead of reading them (Store::load_scope, for the register's spans).
    std::vector<SignedSpan> signed_spans;
};

// An array of the bundle: its wire name (also its table and API resource) and
// what references to its records are called.
struct ArrayInfo {
    std::string_view name;
    Refers identity = Refers::Nothing;  // Nothing: nobody refers to its records
};

// Calls f(ArrayInfo, std::vector<Record>&) for every array, in bundle order
// (referenced arrays before those that refer to them).
template <class DatasetRef, class F>
void for_each_array(DatasetRef& data, F&& f) {
    f(ArrayInfo{"areas", Refers::Areas}, data.areas);
    f(ArrayInfo{"people", Refers::People}, data.people);
    f(ArrayInfo{"organizations", Refers::Organizations}, data.organizations);
    f(ArrayInfo{"commissions", Refers::Commissions}, data.commissions);
    f(ArrayInfo{"memberships", Refers::Memberships}, data.memberships);
    f(ArrayInfo{"sessions", Refers::Sessions}, data.sessions);
    f(ArrayInfo{"attendance"}, data.attendance);
    f(ArrayInfo{"agenda_items"}, data.agenda_items);
    f(ArrayInfo{"agreements", Refers::Agreements}, data.agreements);
    f(ArrayInfo{"votes"}, data.votes);
    f(ArrayInfo{"vote_opinions"}, data.vote_opinions);
    f(ArrayInfo{"agreement_follow_ups"}, data.agreement_follow_ups);
    f(ArrayInfo{"minutes_observations"}, data.minutes_observations);
    f(ArrayInfo{"work_programmes"}, data.work_programmes);
    f(ArrayInfo{"no_activity"}, data.no_activity);
    f(ArrayInfo{"action_texts"}, data.action_texts);
    f(ArrayInfo{"document_series", Refers::DocumentSeries}, data.document_series);
    f(ArrayInfo{"documents", Refers::Documents}, data.documents);
    f(ArrayInfo{"activities"}, data.activities);
    f(ArrayInfo{"external_sessions"}, data.external_sessions);
    f(ArrayInfo{"sivople_reports"}, data.sivople_reports);
    f(ArrayInfo{"election_notes"}, data.election_notes);
    f(ArrayInfo{"convenios", Refers::Convenios}, data.convenios);
    f(ArrayInfo{"convenio_progress"}, data.convenio_progress);
    f(ArrayInfo{"accompaniments"}, data.accompaniments);
    f(ArrayInfo{"pertinence_opinions"}, data.pertinence_opinions);
    f(ArrayInfo{"convenio_baselines"}, data.convenio_baselines);
    f(ArrayInfo{"networks", Refers::Networks}, data.networks);
    f(ArrayInfo{"contacts"}, data.contacts);
    f(ArrayInfo{"mailings"}, data.mailings);
    f(ArrayInfo{"contests", Refers::Contests}, data.contests);
    f(ArrayInfo{"registrations", Refers::Registrations}, data.registrations);
    f(ArrayInfo{"jurors", Refers::Jurors}, data.jurors);
    f(ArrayInfo{"rubric"}, data.rubric);
    f(ArrayInfo{"scores"}, data.scores);
}

// Calls f(ArrayInfo, records) for the array named `name`; false if there is
// no such array.
template <class DatasetRef, class F>
bool with_array(DatasetRef& data, std::string_view name, F&& f) {
    bool found = false;
    for_each_array(data, [&](ArrayInfo info, auto& records) {
        if (!found && info.name == name) {
            found = true;
            f(info, records);
        }
    });
    return found;
}

// The array whose records a reference of this kind names («sesiones»), in
// Spanish, for messages; Actions are named after the work programmes.
std::string_view referred_array_name(Refers refers);

// Number of records in every array.
std::size_t record_count(const Dataset& data);

// Appends every record of `more` to `data` (institution: `more`'s wins).
void append(Dataset& data, Dataset more);

}  // namespace vincula::domain
