#include "auth/credentials.h"

#include <array>
#include <semaphore>
#include <stdexcept>

#include <sodium.h>

#include "common/messages.h"

namespace vincula::auth {
namespace {

// sodium_init is idempotent and thread-safe; every entry point calls it.
void ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("no se pudo iniciar libsodium");
    }
}

// Argon2id with 19 MiB and two passes, one of the minimum settings the
// OWASP Password Storage Cheat Sheet gives (m=19456 KiB, t=2, p=1).
// libsodium's "interactive" cost asks 64 MiB each: stronger, but one
// sign-in alone set the server's peak memory; with this, two at once keep
// the whole server within its target (64 MiB).
constexpr unsigned long long PASSWORD_PASSES = 2;
constexpr std::size_t PASSWORD_MEMORY = 19 * 1024 * 1024;

// Argon2 takes about 0.05 s and its memory each time: at most two at once
// in the whole process, so a flood of sign-ins waits its turn (on the
// worker pool) instead of taking every core and the memory from everyone
// else.
std::counting_semaphore<2> hashing_slots(2);

struct HashingSlot {
    HashingSlot() { hashing_slots.acquire(); }
    ~HashingSlot() { hashing_slots.release(); }
    HashingSlot(const HashingSlot&) = delete;
    HashingSlot& operator=(const HashingSlot&) = delete;
};

}  // namespace

std::string hash_password(std::string_view password) {
    ensure_sodium();
    HashingSlot slot;
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), PASSWORD_PASSES,
                              PASSWORD_MEMORY, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("memoria insuficiente para calcular la contraseña");
    }
    return std::string(out.data());
}

bool verify_password(std::string_view password, const std::string& encoded_hash) {
    ensure_sodium();
    HashingSlot slot;
    return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& encoded_hash) {
    ensure_sodium();
    return crypto_pwhash_str_needs_rehash(encoded_hash.c_str(), PASSWORD_PASSES, PASSWORD_MEMORY) !=
           0;
}

common::Outcome check_password_rules(std::string_view password, const std::string& field) {
    // Characters, not bytes: «contraseña» has ten.
    std::size_t characters = 0;
    for (unsigned char byte : password) {
        characters += (byte & 0xC0) != 0x80 ? 1 : 0;
    }
    if (characters < MINIMUM_PASSWORD_LENGTH) {
        return common::field_error(field, "contrasena_corta",
                                   {std::to_string(MINIMUM_PASSWORD_LENGTH)});
    }
    return common::ok();
}

std::string new_secret() {
    ensure_sodium();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)>
        text{};
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return std::string(text.data());
}

std::string secret_hash(std::string_view secret) {
    ensure_sodium();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                       nullptr, 0);
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data());
}

bool same_secret(std::string_view a, std::string_view b) {
    ensure_sodium();
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace vincula::auth
