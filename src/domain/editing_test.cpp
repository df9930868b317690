#include "domain/editing.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

// The CVOE's eleventh and twelfth sessions of 2021 and their agreements.
Dataset two_sessions(std::vector<std::pair<std::string, std::string>> agreements) {
    Dataset data;
    Commission commission;
    commission.key = "CVOE";
    commission.acronym = "CVOE";
    data.commissions.push_back(commission);
    for (auto [key, month] : {std::pair{"o11", 11u}, std::pair{"o12", 12u}}) {
        Session session;
        session.key = key;
        session.commission = "CVOE";
        session.date = common::Date::from_ymd(2021, month, 10);
        data.sessions.push_back(session);
    }
    for (auto& [code, session] : agreements) {
        Agreement agreement;
        agreement.code = code;
        agreement.session = session;
        data.agreements.push_back(agreement);
    }
    return data;
}

TEST(NextAgreementCode, TheNewestSessionTakesOneMoreThanTheHighest) {
    auto data =
        two_sessions({{"CVOE/043/21", "o11"}, {"CVOE/045/21", "o11"}, {"CVOE/046/21", "o12"}});
    EXPECT_EQ(next_agreement_code(data, "o12"), "CVOE/047/21");
}

TEST(NextAgreementCode, AnEarlierSessionTakesTheNumberLeftFreeInItsPlace) {
    // The minuta of the eleventh session, CVOE/044/21, recorded late.
    auto data =
        two_sessions({{"CVOE/043/21", "o11"}, {"CVOE/045/21", "o11"}, {"CVOE/046/21", "o12"}});
    EXPECT_EQ(next_agreement_code(data, "o11"), "CVOE/044/21");
    // Nothing free in its place: the next number, which the numbering rule
    // then refuses as out of order, saying why.
    auto full =
        two_sessions({{"CVOE/043/21", "o11"}, {"CVOE/044/21", "o11"}, {"CVOE/045/21", "o12"}});
    EXPECT_EQ(next_agreement_code(full, "o11"), "CVOE/046/21");
    EXPECT_FALSE(next_agreement_code(full, "o13").has_value());
    // Numbers before the data begin are not free: they are unknown.
    auto later = two_sessions({{"CVOE/043/21", "o11"}, {"CVOE/045/21", "o12"}});
    EXPECT_EQ(next_agreement_code(later, "o11"), "CVOE/044/21");
}

}  // namespace
}  // namespace vincula::domain
