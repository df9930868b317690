// Signing in and out from the browser: the API's own operations, answered
// with pages and redirects instead of JSON.
#include "web/account_pages.h"

#include "api/accounts.h"
#include "web/api_answers.h"

namespace vincula::web {
namespace {

// Back to the page that asked, or the dashboard.
std::string safe_return(const std::string& target) {
    auto local = local_path(target);
    return local.empty() ? "/" : local;
}

api::Response sign_in_page(const Request& request, const std::string& email,
                           const common::FieldErrors& errors, int status) {
    nlohmann::json data{{"email", email},
                        {"volver", safe_return(request.query_value("volver").empty()
                                                   ? request.form_value("volver")
                                                   : request.query_value("volver"))}};
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& error : errors) {
        messages.push_back(error.message);
    }
    data["errors"] = messages;
    data["invalid"] = !errors.empty();
    return html_page(request, "Entrar", "sign_in", data, status);
}

}  // namespace

api::Response show_sign_in(Request& request) {
    return sign_in_page(request, "", {}, 200);
}

api::Response sign_in(Request& request) {
    auto email = request.form_value("email");
    nlohmann::json body{{"email", email}, {"password", request.form_value("password")}};
    auto answer =
        api::sign_in(request.database, request.caller, body.dump(), request.secure_cookies);
    if (!succeeded(answer)) {
        return sign_in_page(request, email, errors_of(answer), answer.status);
    }
    auto response = redirect(with_notice(safe_return(request.form_value("volver")), "entrada"));
    for (auto& header : answer.headers) {
        response.headers.push_back(std::move(header));
    }
    return response;
}

api::Response sign_out(Request& request) {
    auto answer = api::sign_out(request.database, request.session_cookie, request.secure_cookies);
    auto response = redirect(with_notice("/", "salida"));
    for (auto& header : answer.headers) {
        response.headers.push_back(std::move(header));
    }
    return response;
}

}  // namespace vincula::web
