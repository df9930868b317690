#include "bundle/text_checks.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace vincula::bundle {

TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition position;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto length = static_cast<int32_t>(text.size());
    int32_t offset = 0;
    while (offset < length) {
        int32_t start = offset;
        UChar32 code_point = 0;
        U8_NEXT(bytes, offset, length, code_point);
        if (code_point < 0) {
            return static_cast<std::size_t>(start);
        }
    }
    return std::nullopt;
}

}  // namespace vincula::bundle
