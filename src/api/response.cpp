#include "api/response.h"

#include <cctype>

#include "common/messages.h"

namespace vincula::api {

Response json_response(int status, const nlohmann::ordered_json& body) {
    // Invalid UTF-8 cannot reach here (the bundle reader refuses it), but a
    // response must never fail half-way: replace rather than throw.
    return Response{status,
                    std::string(JSON_TYPE),
                    body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                    {}};
}

Response errors_response(int status, const common::FieldErrors& errors) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& error : errors) {
        list.push_back({{"campo", error.field}, {"regla", error.rule}, {"mensaje", error.message}});
    }
    return json_response(status, {{"errores", list}});
}

Response error_response(int status, std::string field, std::string_view rule,
                        std::initializer_list<std::string_view> arguments) {
    return errors_response(status, {common::field_error(std::move(field), rule, arguments)});
}

std::string content_disposition(std::string_view kind, std::string_view file_name) {
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string ascii;
    std::string encoded;
    for (unsigned char character : file_name) {
        bool printable = character > 0x20 && character < 0x7f;
        bool plain = printable && character != '"' && character != '\\' && character != ';' &&
                     character != '%';
        ascii += plain || character == ' ' ? static_cast<char>(character) : '_';
        // RFC 5987's attr-char: letters, digits and !#$&+-.^_`|~ travel as
        // they are; every other byte of the UTF-8 name is percent-encoded.
        bool attr_char = std::isalnum(character) ||
                         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(character)) !=
                             std::string_view::npos;
        if (attr_char && character < 0x80) {
            encoded += static_cast<char>(character);
        } else {
            encoded += '%';
            encoded += HEX[character >> 4];
            encoded += HEX[character & 15];
        }
    }
    return std::string(kind) + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace vincula::api
