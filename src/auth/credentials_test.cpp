#include "auth/credentials.h"

#include <array>

#include <gtest/gtest.h>
#include <sodium.h>

namespace vincula::auth {
namespace {

TEST(Credentials, PasswordHashIsArgon2idAndVerifiesOnlyTheSamePassword) {
    auto hash = hash_password("correcto caballo batería");
    EXPECT_TRUE(hash.starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password("correcto caballo batería", hash));
    EXPECT_FALSE(verify_password("correcto caballo bateria", hash));
    // Salted: the same password never hashes the same twice.
    EXPECT_NE(hash, hash_password("correcto caballo batería"));
}

TEST(Credentials, AHashOfTheEarlierCostStillVerifiesAndAsksToBeMadeAgain) {
    // Made as earlier versions made them: libsodium's "interactive" 64 MiB.
    std::array<char, crypto_pwhash_STRBYTES> earlier{};
    std::string password = "correcto caballo batería";
    ASSERT_EQ(
        crypto_pwhash_str_alg(earlier.data(), password.data(), password.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13),
        0);
    EXPECT_TRUE(verify_password(password, earlier.data()));
    EXPECT_TRUE(needs_rehash(earlier.data()));
    // Made now: OWASP's 19 MiB (19456 KiB) and two passes.
    auto now = hash_password(password);
    EXPECT_NE(now.find("$m=19456,t=2,p=1$"), std::string::npos) << now;
    EXPECT_FALSE(needs_rehash(now));
}

TEST(Credentials, ShortPasswordsAreRefusedCountingCharactersNotBytes) {
    // 11 characters in 12 bytes: short.
    auto short_one = check_password_rules("contraseña1", "password");
    ASSERT_FALSE(short_one);
    EXPECT_EQ(short_one.error()[0].field, "password");
    EXPECT_EQ(short_one.error()[0].rule, "contrasena_corta");
    EXPECT_TRUE(check_password_rules("contraseña12", "password"));
}

TEST(Credentials, SecretsAreRandomAndStoredOnlyAsTheirHash) {
    auto first = new_secret();
    auto second = new_secret();
    EXPECT_NE(first, second);
    EXPECT_EQ(first.size(), 43u);  // 32 bytes, base64 without padding
    EXPECT_EQ(secret_hash(first), secret_hash(first));
    EXPECT_NE(secret_hash(first), secret_hash(second));
    EXPECT_EQ(secret_hash(first).find(first), std::string::npos);
    EXPECT_TRUE(same_secret(first, first));
    EXPECT_FALSE(same_secret(first, second));
}

}  // namespace
}  // namespace vincula::auth
