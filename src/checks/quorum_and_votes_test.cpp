#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

// The consistent quarter with a third councillor, so that one absence
// leaves quorum (two of three) and two do not.
domain::Dataset three_councillors() {
    auto data = consistent_quarter();
    data.people.push_back(person("spp", "Sonia Pérez Pérez"));
    data.memberships.push_back(seat("m-spp", "spp", domain::MemberRole::Member, day(2020, 10, 9)));
    data.people.push_back(person("st", "Bernardo Núñez Yedra"));
    data.memberships.push_back(
        seat("m-st", "st", domain::MemberRole::TechnicalSecretary, day(2020, 10, 9)));
    for (auto& roll : data.attendance) {
        roll.present = {"m-eer", "m-bvm", "m-spp", "m-st"};
    }
    return data;
}

domain::Vote vote(std::string code, std::vector<std::string> in_favour,
                  std::vector<std::string> against = {}, std::vector<std::string> abstaining = {}) {
    domain::Vote made;
    made.agreement = std::move(code);
    made.in_favour = std::move(in_favour);
    made.against = std::move(against);
    made.abstaining = std::move(abstaining);
    return made;
}

TEST(QuorumAndVotes, AConsistentQuarterWithVotesByNameIsQuiet) {
    auto data = three_councillors();
    data.votes.push_back(vote("CVOE/036/21", {"m-eer", "m-bvm"}, {"m-spp"}));
    domain::Vote unanimous;
    unanimous.agreement = "CVOE/037/21";
    unanimous.unanimous = true;
    data.votes.push_back(unanimous);
    EXPECT_TRUE(run_check(check_quorum_and_votes, data).empty());
}

TEST(QuorumAndVotes, AgreementsApprovedWithoutQuorumAreAnError) {
    auto data = three_councillors();
    // The tenth session: only the presidency and the secretary (who has no vote).
    data.attendance[1].present = {"m-eer", "m-st"};
    auto findings = run_check(check_quorum_and_votes, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "sin_quorum");
    EXPECT_EQ(findings[0].record, (RecordRef{"attendance", "o10", "present"}));
    EXPECT_EQ(findings[0].message,
              "En la décima sesión ordinaria (jueves 21 de octubre de 2021), de las personas con "
              "voto constan presentes 1 (de 3), y el quórum es de 2; sin quórum no se aprueban "
              "acuerdos, pero la sesión registra 2 acuerdos aprobados. Revise la lista de "
              "asistencia.");
}

TEST(QuorumAndVotes, TheCommissionsOwnQuorumAndVotingSeatsRule) {
    auto data = three_councillors();
    data.attendance[1].present = {"m-eer", "m-st"};
    // With the technical secretary voting and a quorum of two, the session had it.
    data.commissions[0].voting_roles = {domain::MemberRole::Presidency, domain::MemberRole::Member,
                                        domain::MemberRole::TechnicalSecretary};
    data.commissions[0].quorum = 2;
    EXPECT_TRUE(run_check(check_quorum_and_votes, data).empty());
}

TEST(QuorumAndVotes, AVoteThatDoesNotProduceTheResultIsAnError) {
    auto data = three_councillors();
    data.votes.push_back(vote("CVOE/036/21", {"m-eer"}, {"m-bvm", "m-spp"}));
    auto findings = run_check(check_quorum_and_votes, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "votacion_contradice_resultado");
    EXPECT_EQ(findings[0].message,
              "El acuerdo CVOE/036/21 figura como aprobado, pero su votación (1 a favor, 2 en "
              "contra y 0 abstenciones) lo deja no aprobado por mayoría simple (más votos a favor "
              "que en contra); corrija la votación o el resultado.");
}

TEST(QuorumAndVotes, AnAbsoluteMajorityCountsThoseWhoAbstain) {
    auto data = three_councillors();
    data.votes.push_back(vote("CVOE/036/21", {"m-eer"}, {}, {"m-bvm", "m-spp"}));
    EXPECT_TRUE(run_check(check_quorum_and_votes, data).empty());  // 1 > 0: simple
    data.commissions[0].majority = domain::ApprovalMajority::Absolute;
    auto findings = run_check(check_quorum_and_votes, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "votacion_contradice_resultado");
}

TEST(QuorumAndVotes, StatedCountsAreComparedWithTheNamesAndRejectedResultsToo) {
    auto data = three_councillors();
    data.votes.push_back(vote("CVOE/036/21", {"m-eer", "m-bvm", "m-spp"}));
    data.agreements[2].votes_for = 2;
    data.agreements[2].votes_against = 1;
    auto findings = run_check(check_quorum_and_votes, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "votos_no_cuadran");
    EXPECT_EQ(findings[0].message,
              "La votación nominal del acuerdo CVOE/036/21 suma 3 a favor, 0 en contra y 0 "
              "abstenciones, pero el acuerdo registra 2 a favor, 1 en contra y 0 abstenciones; una "
              "de las dos está mal.");

    // Counts alone: a rejected agreement with more votes in favour is a finding.
    auto counted = three_councillors();
    counted.agreements[3].result = domain::AgreementResult::Rejected;
    counted.agreements[3].votes_for = 3;
    auto rejected = run_check(check_quorum_and_votes, counted);
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].rule, "votacion_contradice_resultado");
}

TEST(QuorumAndVotes, OnlyThosePresentVote) {
    auto data = three_councillors();
    data.attendance[1].present = {"m-eer", "m-bvm", "m-st"};
    data.votes.push_back(vote("CVOE/036/21", {"m-eer", "m-bvm", "m-spp"}));
    auto findings = run_check(check_quorum_and_votes, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "voto_de_ausente");
    EXPECT_EQ(findings[0].message,
              "En la votación del acuerdo CVOE/036/21 figura Sonia Pérez Pérez, que no consta como "
              "presente con voto en la décima sesión ordinaria; revise la votación o la lista de "
              "asistencia.");
}

TEST(QuorumAndVotes, ASubstituteVotesInTheSeatItCovers) {
    auto data = three_councillors();
    data.people.push_back(person("sub", "Norma De la Cruz Magaña"));
    auto substitute = seat("m-sub", "sub", domain::MemberRole::Member, day(2021, 10, 21));
    substitute.to = day(2021, 10, 21);
    substitute.substitute_for = "m-spp";
    data.memberships.push_back(substitute);
    data.attendance[1].present = {"m-eer", "m-bvm", "m-sub"};
    data.votes.push_back(vote("CVOE/036/21", {"m-eer", "m-bvm", "m-sub"}));
    EXPECT_TRUE(run_check(check_quorum_and_votes, data).empty());
}

TEST(ConvocationNotice, AnOrdinarySessionConvenedWithLessThan72HoursIsAnError) {
    auto data = consistent_quarter();
    auto& tenth = data.sessions[1];  // Thursday 21 October 2021
    tenth.time = common::TimeOfDay::from_hm(11, 0);
    tenth.convened_on = day(2021, 10, 18);
    tenth.convened_at = common::TimeOfDay::from_hm(12, 0);  // 71 hours before
    auto findings = run_check(check_convocation_notice, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "convocatoria_tardia");
    EXPECT_EQ(findings[0].record, (RecordRef{"sessions", "o10", "convened_on"}));
    EXPECT_EQ(findings[0].message,
              "La convocatoria a la décima sesión ordinaria (jueves 21 de octubre de 2021) se "
              "envió el lunes 18 de octubre de 2021 a las 12:00, con 71 horas de anticipación; la "
              "comisión pide al menos 72.");

    tenth.convened_at = common::TimeOfDay::from_hm(11, 0);  // exactly 72 hours
    EXPECT_TRUE(run_check(check_convocation_notice, data).empty());
}

TEST(ConvocationNotice, ExtraordinaryAndUrgentSessionsAndTheCommissionsOwnRule) {
    auto data = consistent_quarter();
    auto extraordinary = session("e1", 1, day(2021, 11, 5), domain::SessionType::Extraordinary);
    extraordinary.convened_on = day(2021, 11, 4);  // 24 hours, no times: whole days
    data.sessions.push_back(extraordinary);
    auto urgent = session("u1", 1, day(2021, 11, 8), domain::SessionType::Urgent);
    urgent.convened_on = day(2021, 11, 8);
    data.sessions.push_back(urgent);
    EXPECT_TRUE(run_check(check_convocation_notice, data).empty());
    data.commissions[0].notice_hours_extraordinary = 48;
    auto findings = run_check(check_convocation_notice, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].record.key, "e1");
}

}  // namespace
}  // namespace vincula::checks
