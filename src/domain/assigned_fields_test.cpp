#include "domain/assigned_fields.h"

#include <set>

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

Session session_of(std::string commission, SessionType type, int number, int year,
                   SessionStatus status = SessionStatus::Held) {
    Session session;
    session.commission = std::move(commission);
    session.type = type;
    session.number = number;
    session.year = year;
    session.date = common::Date::from_ymd(year, 3, 1);
    session.status = status;
    return session;
}

std::string key_for(std::string_view array, const Dataset& incoming,
                    const std::set<std::string>& stored = {}) {
    return assigned_key(array, incoming,
                        [&](const std::string& key) { return stored.contains(key); });
}

TEST(AssignedKey, ASessionIsNamedByItsTypeNumberAndYear) {
    Dataset incoming;
    incoming.sessions.push_back(session_of("CVOE", SessionType::Ordinary, 11, 2021));
    EXPECT_EQ(key_for("sessions", incoming), "o11-2021");
    incoming.sessions.front().type = SessionType::Extraordinary;
    EXPECT_EQ(key_for("sessions", incoming), "e11-2021");
    // Another commission's session already holds it: the commission says
    // whose; and then a number.
    EXPECT_EQ(key_for("sessions", incoming, {"e11-2021"}), "cvoe-e11-2021");
    EXPECT_EQ(key_for("sessions", incoming, {"e11-2021", "cvoe-e11-2021"}), "cvoe-e11-2021-2");
}

TEST(AssignedKey, WordsLoseAccentsCaseMarksAndFiller) {
    Dataset incoming;
    Person person;
    person.name = "María de la Luz Núñez Peña";
    incoming.people.push_back(person);
    EXPECT_EQ(key_for("people", incoming), "mlnp");
    EXPECT_EQ(key_for("people", incoming, {"mlnp"}), "maria-luz-nunez-pena");

    Dataset document;
    Document note;
    note.title = "«Nota» informativa, sobre la Misión (2021)";
    document.documents.push_back(note);
    EXPECT_EQ(key_for("documents", document), "nota-informativa-mision-2021");
}

TEST(AssignedKey, AnOrganizationGoesByItsAcronymAndAConvenioByItsCounterpart) {
    Dataset incoming;
    Organization organization;
    organization.name = "Instituto Nacional Electoral";
    organization.acronym = "INE";
    incoming.organizations.push_back(organization);
    EXPECT_EQ(key_for("organizations", incoming), "ine");
    EXPECT_EQ(key_for("organizations", incoming, {"ine"}), "instituto-nacional-electoral");

    Dataset signed_with;
    Convenio convenio;
    convenio.counterparts = {"alc-xochimilco"};
    signed_with.convenios.push_back(convenio);
    EXPECT_EQ(key_for("convenios", signed_with), "c-alc-xochimilco");
    EXPECT_EQ(key_for("convenios", signed_with, {"c-alc-xochimilco"}), "c-alc-xochimilco-2");
}

TEST(AssignedKey, AnEntrantsKeyNeverSpellsTheirName) {
    Dataset incoming;
    Registration entry;
    entry.contest = "vff4";
    entry.name = "Ana Sofía Gómez Ruiz";
    incoming.registrations.push_back(entry);
    auto key = key_for("registrations", incoming);
    EXPECT_EQ(key, "vff4-asgr");
    EXPECT_EQ(key.find("ana"), std::string::npos);
}

TEST(AssignedKey, OfficialIdentifiersAreNotAssigned) {
    EXPECT_FALSE(assigns_key("areas"));
    EXPECT_FALSE(assigns_key("commissions"));
    EXPECT_FALSE(assigns_key("pertinence_opinions"));
    EXPECT_FALSE(assigns_key("agreements"));
    EXPECT_FALSE(assigns_key("attendance"));  // keyed by its session
    EXPECT_TRUE(assigns_key("sessions"));
    EXPECT_TRUE(assigns_key("people"));
    EXPECT_TRUE(assigns_key("convenios"));
}

TEST(NextSessionNumber, OnePastTheHighestOfItsSeriesThatHoldsANumber) {
    Dataset stored;
    Commission commission;
    commission.key = "CVOE";
    stored.commissions.push_back(commission);
    stored.sessions.push_back(session_of("CVOE", SessionType::Ordinary, 1, 2021));
    stored.sessions.push_back(session_of("CVOE", SessionType::Ordinary, 2, 2021));
    stored.sessions.push_back(session_of("CVOE", SessionType::Extraordinary, 5, 2021));
    stored.sessions.push_back(session_of("CVOE", SessionType::Ordinary, 9, 2020));
    stored.sessions.push_back(session_of("CAyF", SessionType::Ordinary, 7, 2021));
    // A cancelled session released its number (the institute's default).
    stored.sessions.push_back(
        session_of("CVOE", SessionType::Ordinary, 3, 2021, SessionStatus::Cancelled));

    EXPECT_EQ(next_session_number(stored, session_of("CVOE", SessionType::Ordinary, 0, 2021)), 3);
    EXPECT_EQ(next_session_number(stored, session_of("CVOE", SessionType::Extraordinary, 0, 2021)),
              6);
    EXPECT_EQ(next_session_number(stored, session_of("CVOE", SessionType::Urgent, 0, 2021)), 1);
    EXPECT_EQ(next_session_number(stored, session_of("CVOE", SessionType::Ordinary, 0, 2022)), 1);

    // A commission whose cancelled sessions keep their numbers.
    stored.commissions.front().cancelled_sessions = CancelledSessionNumber::Kept;
    EXPECT_EQ(next_session_number(stored, session_of("CVOE", SessionType::Ordinary, 0, 2021)), 4);
}

}  // namespace
}  // namespace vincula::domain
