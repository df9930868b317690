#include "mail/unsubscribe.h"

#include <gtest/gtest.h>

namespace vincula::mail {
namespace {

TEST(Unsubscribe, TokenNamesTheSubscriberItWasSignedFor) {
    auto secret = new_signing_secret();
    EXPECT_EQ(secret.size(), 64u);
    auto token = sign_subscriber(secret, Subscriber{"voto-chilango", "josé@example.org"});
    EXPECT_EQ(token.find_first_of("+/=&?# "), std::string::npos) << token;
    auto subscriber = verify_subscriber(secret, token);
    ASSERT_TRUE(subscriber);
    EXPECT_EQ(subscriber->network, "voto-chilango");
    EXPECT_EQ(subscriber->email, "josé@example.org");
}

TEST(Unsubscribe, AlteredOrForeignTokensAreRefused) {
    auto secret = new_signing_secret();
    auto token = sign_subscriber(secret, Subscriber{"red-obs", "ana@example.org"});
    // Another contact's address in the payload, the same tag.
    auto other = sign_subscriber(secret, Subscriber{"red-obs", "eva@example.org"});
    auto swapped = other.substr(0, other.find('.')) + token.substr(token.find('.'));
    EXPECT_FALSE(verify_subscriber(secret, swapped));
    // One character of the tag changed.
    auto altered = token;
    altered.back() = altered.back() == 'A' ? 'B' : 'A';
    EXPECT_FALSE(verify_subscriber(secret, altered));
    // Signed by another installation.
    EXPECT_FALSE(verify_subscriber(new_signing_secret(), token));
    EXPECT_FALSE(verify_subscriber(secret, ""));
    EXPECT_FALSE(verify_subscriber(secret, "sin-punto"));
    EXPECT_FALSE(verify_subscriber(secret, "%%%.%%%"));
}

TEST(Unsubscribe, LinkJoinsThePublicAddress) {
    EXPECT_EQ(unsubscribe_link("https://vincula.example/", "abc.def"),
              "https://vincula.example/baja?t=abc.def");
}

}  // namespace
}  // namespace vincula::mail
