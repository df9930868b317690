#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace vincula::web {

// Renders templates/<name>.mustache with `data` (prepared in C++: the
// templates hold no logic). Templates named «_…» are partials
// ({{> _field}}). HTML-escapes every {{value}}; {{{value}}} is for HTML we
// built ourselves. Throws on a template that does not parse: that is a bug
// the page tests meet, not a user's error.
std::string render(std::string_view name, const nlohmann::json& data);

}  // namespace vincula::web
