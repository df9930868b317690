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

TEST(NextAgreementCode, FollowsTheCommissionsPatternAndItsAcronymOnTheSessionsDate) {
    auto data = two_sessions({{"OPLEV/CG043/2021", "o11"}});
    data.commissions[0].agreement_code_format = "OPLEV/CG{numero:3}/{año}";
    EXPECT_EQ(next_agreement_code(data, "o12"), "OPLEV/CG044/2021");

    // Renamed from 1 December: the twelfth session's codes take the new acronym.
    auto renamed = two_sessions({{"CVOE/043/21", "o11"}});
    renamed.commissions[0].history.push_back(
        CommissionChange{common::Date::from_ymd(2021, 12, 1), std::nullopt, std::nullopt,
                         std::string("CEVOE"), std::nullopt, std::nullopt});
    EXPECT_EQ(next_agreement_code(renamed, "o11"), "CVOE/044/21");
    EXPECT_EQ(next_agreement_code(renamed, "o12"), "CEVOE/001/21");
}

// The pattern changes from 1 December: the eleventh session's codes keep
// the old form, the twelfth's take the new one, and both are the
// commission's.
TEST(NextAgreementCode, FollowsThePatternInForceOnTheSessionsDate) {
    auto data = two_sessions({{"CVOE/043/21", "o11"}, {"IECM/ACU-CVOE-001-2021", "o12"}});
    CommissionChange change;
    change.from = common::Date::from_ymd(2021, 12, 1);
    change.agreement_code_format = "IECM/ACU-{siglas}-{numero:3}-{año}";
    data.commissions[0].history.push_back(change);
    EXPECT_EQ(next_agreement_code(data, "o11"), "CVOE/044/21");
    EXPECT_EQ(next_agreement_code(data, "o12"), "IECM/ACU-CVOE-002-2021");

    Dataset incoming;
    Agreement agreement;
    agreement.code = "CVOE/044/21";
    agreement.session = "o12";
    agreement.title = "Aprobación del orden del día";
    incoming.agreements.push_back(agreement);
    auto problems = problems_of_new_record(data, incoming);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].rule, "acuerdo_comision");
    EXPECT_NE(problems[0].message.find("IECM/ACU-CVOE-044-2021"), std::string::npos);

    // A pattern stated in the history must read as well.
    Dataset changed;
    changed.commissions.push_back(data.commissions[0]);
    changed.commissions[0].name = "Comisión de Vinculación";
    changed.commissions[0].history[0].agreement_code_format = "{siglas}-{año}-{numero}";
    auto refused = problems_of_new_record({}, changed);
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].rule, "formato_codigo_acuerdo");
    EXPECT_EQ(refused[0].field, "history[0].agreement_code_format");
}

TEST(AgreementCodeRules, ACodeMustBeOfItsSessionsCommissionSeries) {
    auto stored = two_sessions({});
    stored.commissions[0].agreement_code_format = "IECM/ACU-{siglas}-{numero:3}-{año}";
    Dataset incoming;
    Agreement agreement;
    agreement.code = "CVOE/044/21";
    agreement.session = "o11";
    agreement.title = "Aprobación del orden del día";
    incoming.agreements.push_back(agreement);
    auto problems = problems_of_new_record(stored, incoming);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].rule, "acuerdo_comision");
    EXPECT_EQ(problems[0].field, "code");
    EXPECT_NE(problems[0].message.find("IECM/ACU-CVOE-044-2021"), std::string::npos);

    incoming.agreements[0].code = "IECM/ACU-CVOE-044-2021";
    EXPECT_TRUE(problems_of_new_record(stored, incoming).empty());
}

TEST(AgreementCodeRules, ACommissionsPatternMustLetItsCodesBeRead) {
    Dataset incoming;
    Commission commission;
    commission.key = "cg";
    commission.name = "Consejo General";
    commission.acronym = "CG";
    commission.agreement_code_format = "{siglas}/{año}/{numero}";
    incoming.commissions.push_back(commission);
    auto problems = problems_of_new_record({}, incoming);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].rule, "formato_codigo_acuerdo");
    EXPECT_EQ(problems[0].field, "agreement_code_format");
}

}  // namespace
}  // namespace vincula::domain
