#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace vincula::bundle {

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and column (1-based, columns in bytes) of a byte offset.
TextPosition position_of(std::string_view text, std::size_t offset);

// The offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace vincula::bundle
