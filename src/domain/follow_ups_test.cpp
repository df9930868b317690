#include <gtest/gtest.h>

#include "domain/follow_ups.h"

namespace vincula::domain {
namespace {

common::Date day(unsigned month, unsigned day_of_month) {
    return common::Date::from_ymd(2021, month, day_of_month);
}

AgreementFollowUp follow_up(std::string code, std::optional<common::Date> deadline) {
    AgreementFollowUp made;
    made.agreement = std::move(code);
    made.areas = {"UTVOE"};
    made.deadline = deadline;
    return made;
}

TEST(FollowUpState, OverdueIsComputedFromTheDeadlineAndFulfilmentFromItsDate) {
    auto pending = follow_up("CVOE/044/21", day(12, 10));
    EXPECT_EQ(follow_up_state(pending, day(12, 10)), FollowUpState::InProgress);
    EXPECT_EQ(follow_up_state(pending, day(12, 11)), FollowUpState::Overdue);
    EXPECT_EQ(follow_up_state(follow_up("CVOE/045/21", std::nullopt), day(12, 31)),
              FollowUpState::InProgress);

    auto done = pending;
    done.status = FollowUpStatus::Fulfilled;
    done.fulfilled_on = day(12, 20);
    // Before the fulfilment it was pending, then overdue; from it, fulfilled.
    EXPECT_EQ(follow_up_state(done, day(12, 1)), FollowUpState::InProgress);
    EXPECT_EQ(follow_up_state(done, day(12, 15)), FollowUpState::Overdue);
    EXPECT_EQ(follow_up_state(done, day(12, 20)), FollowUpState::Fulfilled);
    EXPECT_EQ(follow_up_state_words(FollowUpState::Overdue), "vencido");
}

// Three sessions of the commission and one of another; agreements adopted
// in each, followed.
Dataset followed_agreements() {
    Dataset data;
    auto session = [&](std::string key, std::string commission, common::Date date) {
        Session made;
        made.key = std::move(key);
        made.commission = std::move(commission);
        made.date = date;
        data.sessions.push_back(made);
    };
    session("o10", "CVOE", day(10, 21));
    session("o11", "CVOE", day(11, 24));
    session("o12", "CVOE", day(12, 13));
    session("otra", "CAJ", day(11, 1));
    auto agreement = [&](std::string code, std::string in_session) {
        Agreement made;
        made.code = std::move(code);
        made.session = std::move(in_session);
        data.agreements.push_back(made);
    };
    agreement("CVOE/036/21", "o10");
    agreement("CVOE/040/21", "o10");
    agreement("CVOE/044/21", "o11");
    agreement("CVOE/046/21", "o12");
    agreement("CAJ/010/21", "otra");
    auto fulfilled_long_ago = follow_up("CVOE/036/21", day(11, 1));
    fulfilled_long_ago.status = FollowUpStatus::Fulfilled;
    fulfilled_long_ago.fulfilled_on = day(10, 30);
    data.agreement_follow_ups.push_back(fulfilled_long_ago);
    auto fulfilled_lately = follow_up("CVOE/040/21", day(12, 1));
    fulfilled_lately.status = FollowUpStatus::Fulfilled;
    fulfilled_lately.fulfilled_on = day(11, 30);
    data.agreement_follow_ups.push_back(fulfilled_lately);
    data.agreement_follow_ups.push_back(follow_up("CVOE/044/21", day(12, 10)));
    data.agreement_follow_ups.push_back(follow_up("CVOE/046/21", std::nullopt));
    data.agreement_follow_ups.push_back(follow_up("CAJ/010/21", day(11, 5)));
    return data;
}

TEST(FollowUpsToReport, ASessionHearsOfWhatIsOpenAndWhatWasFulfilledSinceTheLastOne) {
    auto data = followed_agreements();
    // The twelfth session: since the eleventh. The agreement adopted in it is
    // not yet the past; the one fulfilled before the eleventh was reported there.
    std::vector<std::string> codes;
    for (const auto* reported : follow_ups_to_report(data, "CVOE", day(11, 24), day(12, 13))) {
        codes.push_back(reported->agreement);
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"CVOE/040/21", "CVOE/044/21"}));
}

}  // namespace
}  // namespace vincula::domain
