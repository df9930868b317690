#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/field_error.h"

namespace vincula::api {

inline constexpr std::string_view JSON_TYPE = "application/json; charset=utf-8";

// What an API operation answers, independent of the HTTP library.
struct Response {
    int status = 200;
    std::string content_type = std::string(JSON_TYPE);
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

Response json_response(int status, const nlohmann::ordered_json& body);

// {"errores": [{"campo", "regla", "mensaje"}]}: the shape of every error,
// so a client shows each message beside its field.
Response errors_response(int status, const common::FieldErrors& errors);

// One error with a rule from the message catalogue.
Response error_response(int status, std::string field, std::string_view rule,
                        std::initializer_list<std::string_view> arguments = {});

// The Content-Disposition value for a file sent as `kind` ("attachment" or
// "inline"), per RFC 6266: `filename` is an ASCII stand-in (every other byte,
// quote, backslash or control character becomes «_»), and `filename*` the
// exact UTF-8 name percent-encoded (RFC 5987), so that no name can close the
// quotes, add a parameter or reach a header of its own.
std::string content_disposition(std::string_view kind, std::string_view file_name);

}  // namespace vincula::api
