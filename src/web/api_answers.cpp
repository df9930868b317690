#include "web/api_answers.h"

namespace vincula::web {

bool succeeded(const api::Response& response) {
    return response.status >= 200 && response.status < 300;
}

nlohmann::json body_of(const api::Response& response) {
    if (response.body.empty() || !response.content_type.starts_with("application/json")) {
        return nullptr;
    }
    return nlohmann::json::parse(response.body, nullptr, false);
}

common::FieldErrors errors_of(const api::Response& response) {
    common::FieldErrors errors;
    auto body = body_of(response);
    if (!body.is_object() || !body.contains("errores")) {
        return errors;
    }
    for (const auto& error : body["errores"]) {
        errors.push_back(common::FieldError{error.value("campo", ""), error.value("regla", ""),
                                            error.value("mensaje", "")});
    }
    return errors;
}

}  // namespace vincula::web
