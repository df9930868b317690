#include "auth/digest.h"

#include <array>
#include <stdexcept>

#include <sodium.h>

namespace vincula::auth {

std::string sha256_hex(std::string_view bytes) {
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::runtime_error("no se pudo iniciar libsodium");
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data());
}

}  // namespace vincula::auth
