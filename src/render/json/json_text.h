#pragma once

#include <string>
#include <string_view>

namespace vincula::render::json {

// `text` as a JSON string, quotes included, byte for byte as nlohmann's
// dump() writes it: UTF-8 kept, controls escaped (\u001f), and text that
// is not UTF-8 written with U+FFFD where it breaks. Used by the report's
// JSON and by the API's records, which are written straight to text.
void append_json_string(std::string& out, std::string_view text);

}  // namespace vincula::render::json
