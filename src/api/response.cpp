#include "api/response.h"

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

}  // namespace vincula::api
