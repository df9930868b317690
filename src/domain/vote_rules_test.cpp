#include <gtest/gtest.h>

#include "domain/validate.h"
#include "domain/voting.h"

namespace vincula::domain {
namespace {

common::Date day(int year, unsigned month, unsigned day_of_month) {
    return common::Date::from_ymd(year, month, day_of_month);
}

Membership seat(std::string key, MemberRole role) {
    Membership made;
    made.key = std::move(key);
    made.commission = "CVOE";
    made.role = role;
    made.from = day(2020, 10, 9);
    made.organization = "org";
    return made;
}

// One commission, a councillor, a second councillor, a secretary (voice
// only) and a seat that ended before the session; one session with one
// agreement.
Dataset session_with_an_agreement() {
    Dataset data;
    Commission commission;
    commission.key = "CVOE";
    commission.name = "Comisión de Vinculación";
    commission.acronym = "CVOE";
    data.commissions.push_back(commission);
    Organization organization;
    organization.key = "org";
    organization.name = "Instituto";
    organization.sector = Sector::Electoral;
    data.organizations.push_back(organization);
    data.memberships.push_back(seat("pres", MemberRole::Presidency));
    data.memberships.push_back(seat("int", MemberRole::Member));
    data.memberships.push_back(seat("st", MemberRole::TechnicalSecretary));
    auto former = seat("former", MemberRole::Member);
    former.to = day(2021, 1, 31);
    data.memberships.push_back(former);
    Session session;
    session.key = "o10";
    session.commission = "CVOE";
    session.year = 2021;
    session.number = 10;
    session.date = day(2021, 10, 21);
    data.sessions.push_back(session);
    Agreement agreement;
    agreement.code = "CVOE/036/21";
    agreement.session = "o10";
    agreement.title = "Acuerdo";
    data.agreements.push_back(agreement);
    return data;
}

common::FieldErrors problems_of(const Vote& vote) {
    auto data = session_with_an_agreement();
    data.votes.push_back(vote);
    return validate(data);
}

TEST(VoteRules, VotingSeatsOfTheSessionVoteOnce) {
    Vote vote;
    vote.agreement = "CVOE/036/21";
    vote.in_favour = {"pres"};
    vote.against = {"int"};
    EXPECT_TRUE(problems_of(vote).empty());

    vote.abstaining = {"pres"};
    auto twice = problems_of(vote);
    ASSERT_EQ(twice.size(), 1u);
    EXPECT_EQ(twice[0].rule, "voto_unico");
    EXPECT_EQ(twice[0].field, "votes[0].abstaining[0]");
}

TEST(VoteRules, ASeatWithVoiceOnlyOrNotSeatedThatDayCannotVote) {
    Vote vote;
    vote.agreement = "CVOE/036/21";
    vote.in_favour = {"pres", "st", "former"};
    auto errors = problems_of(vote);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].rule, "integracion_con_voto");
    EXPECT_EQ(errors[0].field, "votes[0].in_favour[1]");
    EXPECT_EQ(errors[1].rule, "asistente_esperado");
    EXPECT_EQ(errors[1].field, "votes[0].in_favour[2]");
}

TEST(VoteRules, AUnanimousVoteNamesNobody) {
    Vote vote;
    vote.agreement = "CVOE/036/21";
    vote.unanimous = true;
    EXPECT_TRUE(problems_of(vote).empty());
    vote.against = {"int"};
    auto errors = problems_of(vote);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].rule, "unanimidad_sin_nombres");
}

TEST(VoteRules, AVoteOnAnUnknownAgreementIsADanglingReference) {
    Vote vote;
    vote.agreement = "CVOE/099/21";
    auto errors = problems_of(vote);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, "votes[0].agreement");
}

TEST(Voting, QuorumIsAMajorityOfTheVotingSeatsUnlessTheCommissionSaysOtherwise) {
    Commission commission;
    EXPECT_EQ(quorum_needed(commission, 3), 2);
    EXPECT_EQ(quorum_needed(commission, 4), 3);
    EXPECT_EQ(quorum_needed(commission, 5), 3);
    commission.quorum = 2;
    EXPECT_EQ(quorum_needed(commission, 5), 2);
    EXPECT_TRUE(has_vote(commission, MemberRole::Presidency));
    EXPECT_FALSE(has_vote(commission, MemberRole::PartyRepresentation));
    commission.voting_roles = {MemberRole::PartyRepresentation};
    EXPECT_TRUE(has_vote(commission, MemberRole::PartyRepresentation));
    EXPECT_FALSE(has_vote(commission, MemberRole::Presidency));
}

TEST(Voting, NoticeIsCountedFromTheConvocatoriaToTheSession) {
    Session session;
    session.date = day(2021, 10, 21);
    EXPECT_FALSE(notice_minutes_given(session));
    session.convened_on = day(2021, 10, 18);
    EXPECT_EQ(notice_minutes_given(session), 3 * 24 * 60);
    session.time = common::TimeOfDay::from_hm(10, 0);
    session.convened_at = common::TimeOfDay::from_hm(18, 30);
    EXPECT_EQ(notice_minutes_given(session), 3 * 24 * 60 - 8 * 60 - 30);
    Commission commission;
    EXPECT_EQ(notice_hours_required(commission, SessionType::Ordinary), 72);
    EXPECT_EQ(notice_hours_required(commission, SessionType::Extraordinary), 24);
    EXPECT_FALSE(notice_hours_required(commission, SessionType::Urgent));
}

}  // namespace
}  // namespace vincula::domain
