#include "auth/credentials.h"

#include <gtest/gtest.h>

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
