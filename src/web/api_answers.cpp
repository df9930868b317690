#include "web/api_answers.h"

#include "lang/text.h"

#include "web/labels.h"

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

nlohmann::json messages_of(const common::FieldErrors& errors) {
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& error : errors) {
        // «counterparts[1]» and «ceremony.date» are labelled by their last name.
        auto field = error.field.substr(0, error.field.find('['));
        field = field.substr(field.rfind('.') + 1);
        auto label = field_label(field);
        // Catalogue sentences follow «campo: »; alone, they start a sentence.
        messages.push_back(label.empty() ? lang::capitalize_first(error.message)
                                         : std::string(label) + ": " + error.message);
    }
    return messages;
}

}  // namespace vincula::web
