#include <gtest/gtest.h>

#include "domain/minutes.h"

namespace vincula::domain {
namespace {

Session session(std::string key, SessionType type, unsigned month, unsigned day) {
    Session made;
    made.key = std::move(key);
    made.commission = "CVOE";
    made.year = 2021;
    made.type = type;
    made.date = common::Date::from_ymd(2021, month, day);
    return made;
}

Agreement minutes_agreement(std::string code, std::string in_session) {
    Agreement made;
    made.code = std::move(code);
    made.session = std::move(in_session);
    made.kind = AgreementKind::Minutes;
    made.title = "Aprobación de la minuta";
    return made;
}

// The ninth, an extraordinary, the tenth and the eleventh sessions of a
// year; another commission's ordinary session between them.
Dataset year_of_sessions() {
    Dataset data;
    data.sessions.push_back(session("o9", SessionType::Ordinary, 9, 28));
    data.sessions.push_back(session("e1", SessionType::Extraordinary, 10, 5));
    data.sessions.push_back(session("o10", SessionType::Ordinary, 10, 21));
    data.sessions.push_back(session("o11", SessionType::Ordinary, 11, 24));
    auto other = session("otra", SessionType::Ordinary, 10, 1);
    other.commission = "CAJ";
    data.sessions.push_back(other);
    return data;
}

std::optional<std::string> approval_of(const Dataset& data, const std::string& key) {
    for (const auto& candidate : data.sessions) {
        if (candidate.key == key) {
            const auto* agreement = minutes_approval(data, candidate);
            return agreement ? std::optional(agreement->code) : std::nullopt;
        }
    }
    return std::nullopt;
}

TEST(MinutesApproval, TheNextOrdinarySessionApprovesThePreviousMinutaByRule) {
    auto data = year_of_sessions();
    data.agreements.push_back(minutes_agreement("CVOE/037/21", "o10"));
    data.agreements.push_back(minutes_agreement("CAJ/001/21", "otra"));
    EXPECT_EQ(approval_of(data, "o9"), "CVOE/037/21");
    EXPECT_EQ(approval_of(data, "o10"), std::nullopt);  // the eleventh approved nothing yet
    // An extraordinary session's minuta is approved only by an agreement
    // that names it.
    EXPECT_EQ(approval_of(data, "e1"), std::nullopt);
}

TEST(MinutesApproval, AnAgreementThatNamesItsMinutaDecides) {
    auto data = year_of_sessions();
    auto extraordinary = minutes_agreement("CVOE/043/21", "o11");
    extraordinary.minutes_of = "e1";
    data.agreements.push_back(extraordinary);
    data.agreements.push_back(minutes_agreement("CVOE/044/21", "o11"));
    EXPECT_EQ(approval_of(data, "e1"), "CVOE/043/21");
    EXPECT_EQ(approval_of(data, "o10"), "CVOE/044/21");
}

TEST(MinutesApproval, NoneIsClaimedWhenTheRecordsDoNotTell) {
    auto data = year_of_sessions();
    data.agreements.push_back(minutes_agreement("CVOE/043/21", "o11"));
    data.agreements.push_back(minutes_agreement("CVOE/044/21", "o11"));
    EXPECT_EQ(approval_of(data, "o10"), std::nullopt);

    auto rejected = year_of_sessions();
    auto refused = minutes_agreement("CVOE/037/21", "o10");
    refused.result = AgreementResult::Rejected;
    rejected.agreements.push_back(refused);
    EXPECT_EQ(approval_of(rejected, "o9"), std::nullopt);
}

}  // namespace
}  // namespace vincula::domain
