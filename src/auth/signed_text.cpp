#include "auth/signed_text.h"

#include <vector>

#include <sodium.h>

namespace vincula::auth {
namespace {

constexpr int BASE64_VARIANT = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

void ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    (void)ready;
}

// The secret's bytes; a secret that is not hex (hand-made) is used as it is.
std::vector<unsigned char> key_of(std::string_view secret) {
    std::vector<unsigned char> key(crypto_auth_KEYBYTES, 0);
    std::size_t length = 0;
    if (sodium_hex2bin(key.data(), key.size(), secret.data(), secret.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != key.size()) {
        // Hashed to the key's length, so any text gives a full-strength key.
        crypto_generichash(key.data(), key.size(),
                           reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                           nullptr, 0);
    }
    return key;
}

std::string to_base64(const unsigned char* bytes, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, BASE64_VARIANT), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, BASE64_VARIANT);
    out.resize(out.find('\0'));
    return out;
}

std::optional<std::string> from_base64(std::string_view text) {
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, &end, BASE64_VARIANT) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

}  // namespace

std::string new_signing_secret() {
    ensure_sodium();
    unsigned char bytes[crypto_auth_KEYBYTES];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

std::string sign_text(std::string_view secret, std::string_view payload) {
    ensure_sodium();
    auto key = key_of(secret);
    unsigned char tag[crypto_auth_BYTES];
    crypto_auth(tag, reinterpret_cast<const unsigned char*>(payload.data()), payload.size(),
                key.data());
    return to_base64(reinterpret_cast<const unsigned char*>(payload.data()), payload.size()) + "." +
           to_base64(tag, sizeof tag);
}

std::optional<std::string> verified_text(std::string_view secret, std::string_view signed_text) {
    ensure_sodium();
    auto dot = signed_text.find('.');
    if (dot == std::string_view::npos) {
        return std::nullopt;
    }
    auto payload = from_base64(signed_text.substr(0, dot));
    auto tag = from_base64(signed_text.substr(dot + 1));
    if (!payload || !tag || tag->size() != crypto_auth_BYTES) {
        return std::nullopt;
    }
    auto key = key_of(secret);
    if (crypto_auth_verify(reinterpret_cast<const unsigned char*>(tag->data()),
                           reinterpret_cast<const unsigned char*>(payload->data()), payload->size(),
                           key.data()) != 0) {
        return std::nullopt;
    }
    return payload;
}

}  // namespace vincula::auth
