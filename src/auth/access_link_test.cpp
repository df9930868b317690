#include "auth/access_link.h"

#include <gtest/gtest.h>

#include "auth/signed_text.h"

namespace vincula::auth {
namespace {

TEST(AccessLink, OpensTheAccountItNamesUntilItExpiresOrThePasswordChanges) {
    auto secret = new_signing_secret();
    auto link = sign_access(secret, 7, 1'000, "$argon2id$hash-de-entonces");
    auto claim = read_access(secret, link);
    ASSERT_TRUE(claim);
    EXPECT_EQ(claim->user_id, 7);
    EXPECT_TRUE(access_still_good(*claim, 999, "$argon2id$hash-de-entonces"));
    // Expired, or used (the password is another now): closed.
    EXPECT_FALSE(access_still_good(*claim, 1'000, "$argon2id$hash-de-entonces"));
    EXPECT_FALSE(access_still_good(*claim, 999, "$argon2id$hash-nuevo"));
}

TEST(AccessLink, OnlyThisInstallationsLinksOfThisKindAreRead) {
    auto secret = new_signing_secret();
    auto link = sign_access(secret, 7, 1'000, "hash");
    EXPECT_FALSE(read_access(new_signing_secret(), link));
    auto altered = link;
    altered[2] = altered[2] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(read_access(secret, altered));
    // Another signed text (an unsubscribe link) does not open an account.
    EXPECT_FALSE(read_access(secret, sign_text(secret, "red-obs\nana@example.org")));
    EXPECT_FALSE(read_access(secret, "no-es-un-enlace"));
}

}  // namespace
}  // namespace vincula::auth
