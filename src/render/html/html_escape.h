#pragma once

#include <string>
#include <string_view>

namespace vincula::render::html {

// Text as HTML character data or a double-quoted attribute value.
std::string escape(std::string_view text);

}  // namespace vincula::render::html
