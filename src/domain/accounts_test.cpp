#include "domain/accounts.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

AttemptGate pair(int failures, int since) {
    return AttemptGate{1, failures, failures, since, since};
}

TEST(SignInWait, FiveFailuresAreFreeThenEachDoublesTheWait) {
    EXPECT_EQ(sign_in_wait(pair(0, 0)), 0);
    EXPECT_EQ(sign_in_wait(pair(4, 0)), 0);
    EXPECT_EQ(sign_in_wait(pair(5, 0)), 1);
    EXPECT_EQ(sign_in_wait(pair(6, 0)), 2);
    EXPECT_EQ(sign_in_wait(pair(9, 0)), 16);
    EXPECT_EQ(sign_in_wait(pair(9, 10)), 6) << "time already waited counts";
    EXPECT_EQ(sign_in_wait(pair(9, 60)), 0);
    EXPECT_EQ(sign_in_wait(pair(40, 0)), 900) << "never more than 15 minutes";
}

TEST(SignInWait, AnAddressMayFailTwentyTimesAcrossAccounts) {
    EXPECT_EQ(sign_in_wait(AttemptGate{1, 0, 19, 0, 0}), 0);
    EXPECT_EQ(sign_in_wait(AttemptGate{1, 0, 20, 0, 0}), 1);
    EXPECT_EQ(sign_in_wait(AttemptGate{1, 0, 23, 0, 3}), 5);
}

}  // namespace
}  // namespace vincula::domain
