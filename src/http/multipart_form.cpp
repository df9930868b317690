#include "http/multipart_form.h"

#include <restinio/helpers/file_upload.hpp>
#include <restinio/helpers/multipart_body.hpp>

namespace vincula::http {
namespace {

namespace multipart = restinio::multipart_body;
namespace hfp = restinio::http_field_parsers;

// The boundary mark («--» and the Content-Type's boundary) of a
// multipart/form-data body, or nothing when the type is not one or its
// boundary is missing or malformed.
std::optional<std::string> multipart_boundary(std::string_view content_type) {
    auto parsed = hfp::content_type_value_t::try_parse(content_type);
    if (!parsed || !restinio::impl::is_equal_caseless(parsed->media_type.type, "multipart") ||
        !restinio::impl::is_equal_caseless(parsed->media_type.subtype, "form-data")) {
        return std::nullopt;
    }
    auto boundary = hfp::find_first(parsed->media_type.parameters, "boundary");
    if (!boundary || multipart::check_boundary_value(*boundary)) {
        return std::nullopt;
    }
    return "--" + std::string(boundary->data(), boundary->size());
}

// One part: a field's value, or a file when its disposition names one.
bool add_part(multipart::parsed_part_t part, DecodedForm& form) {
    auto disposition = part.fields.opt_value_of(restinio::http_field::content_disposition);
    if (!disposition) {
        return false;
    }
    auto parsed = hfp::content_disposition_value_t::try_parse(*disposition);
    if (!parsed || parsed->value != "form-data") {
        return false;
    }
    auto name = hfp::find_first(parsed->parameters, "name");
    if (!name) {
        return false;
    }
    std::string field(name->data(), name->size());
    std::string body(part.body.data(), part.body.size());
    auto filename = hfp::find_first(parsed->parameters, "filename");
    if (!filename) {
        form.fields.emplace_back(std::move(field), std::move(body));
        return true;
    }
    // A file input left empty still sends a part, with no name and no bytes.
    if (filename->empty() && body.empty()) {
        return true;
    }
    auto type = part.fields.opt_value_of(restinio::http_field::content_type);
    form.uploads[field] = web::Upload{
        std::string(filename->data(), filename->size()),
        type ? std::string(type->data(), type->size()) : std::string(), std::move(body)};
    return true;
}

// Browsers send a textarea's line breaks as CR LF (the HTML form encoding
// rules); Vincula stores text with LF, as bundles and the API write it, so
// that a form sent back unchanged changes nothing.
void unix_line_breaks(api::Query& fields) {
    for (auto& [name, value] : fields) {
        if (value.find('\r') == std::string::npos) {
            continue;
        }
        std::string text;
        text.reserve(value.size());
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (value[i] != '\r') {
                text += value[i];
            } else if (i + 1 == value.size() || value[i + 1] != '\n') {
                text += '\n';  // a lone CR is a line break too
            }
        }
        value = std::move(text);
    }
}

}  // namespace

std::optional<api::Query> form_pairs(std::string_view text) {
    auto parsed =
        restinio::try_parse_query<restinio::parse_query_traits::x_www_form_urlencoded>(text);
    if (!parsed) {
        parsed = restinio::try_parse_query<restinio::parse_query_traits::relaxed>(text);
    }
    if (!parsed) {
        return std::nullopt;
    }
    api::Query pairs;
    for (const auto& [name, value] : *parsed) {
        pairs.emplace_back(std::string(name), std::string(value));
    }
    return pairs;
}

std::optional<DecodedForm> decode_form_body(std::optional<std::string_view> content_type,
                                            std::string_view body) {
    if (!content_type || !content_type->starts_with("multipart/")) {
        auto pairs = form_pairs(body);
        if (!pairs) {
            return std::nullopt;
        }
        unix_line_breaks(*pairs);
        return DecodedForm{std::move(*pairs), {}};
    }
    auto boundary = multipart_boundary(*content_type);
    if (!boundary) {
        return std::nullopt;
    }
    auto parts = multipart::split_multipart_body(body, *boundary);
    if (parts.empty()) {
        return std::nullopt;
    }
    DecodedForm form;
    for (auto text : parts) {
        auto part = multipart::try_parse_part(text);
        if (!part || !add_part(std::move(*part), form)) {
            return std::nullopt;
        }
    }
    unix_line_breaks(form.fields);
    return form;
}

std::optional<DecodedForm> decode_form(const restinio::request_t& request) {
    auto type = request.header().opt_value_of(restinio::http_field::content_type);
    return decode_form_body(
        type ? std::optional<std::string_view>(std::string_view(type->data(), type->size()))
             : std::nullopt,
        std::string_view(request.body().data(), request.body().size()));
}

}  // namespace vincula::http
