// A form as the pages read it. The input's first line is the Content-Type
// (empty: none, read as urlencoded), the rest the body, so one corpus holds
// urlencoded and multipart forms with their boundaries.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "http/multipart_form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    auto line_end = input.find('\n');
    if (line_end == std::string_view::npos) {
        (void)vincula::http::decode_form_body(std::nullopt, input);
        return 0;
    }
    auto type = input.substr(0, line_end);
    auto body = input.substr(line_end + 1);
    (void)vincula::http::decode_form_body(
        type.empty() ? std::nullopt : std::optional<std::string_view>(type), body);
    return 0;
}
