#pragma once

#include <optional>
#include <restinio/all.hpp>

#include "api/records.h"
#include "web/page.h"

namespace vincula::http {

// A form's fields and files.
struct DecodedForm {
    api::Query fields;
    std::map<std::string, web::Upload, std::less<>> uploads;
};

// A POSTed form: x-www-form-urlencoded, or multipart/form-data with files
// (RESTinio's parser). Nothing when the body does not parse as its type.
std::optional<DecodedForm> decode_form(const restinio::request_t& request);

// The same from the request's Content-Type (absent: urlencoded) and body:
// what the fuzzer drives, with no connection around it.
std::optional<DecodedForm> decode_form_body(std::optional<std::string_view> content_type,
                                            std::string_view body);

// A query string or an urlencoded body («+» is a space), decoded.
std::optional<api::Query> form_pairs(std::string_view text);

}  // namespace vincula::http
