#include "web/token_pages.h"

#include "api/accounts.h"
#include "api/permissions.h"
#include "web/api_answers.h"
#include "web/labels.h"

namespace vincula::web {
namespace {

// «2026-12-03T17:41:58Z» → «2026-12-03»: the day is what a person reads.
std::string day_or(const std::string& at, const std::string& otherwise) {
    return at.empty() ? otherwise : at.substr(0, 10);
}

api::Response render_account(Request& request, nlohmann::json extra, int status) {
    auto answer = api::list_tokens(request.database, request.caller);
    nlohmann::json tokens = nlohmann::json::array();
    for (const auto& token : body_of(answer).value("registros", nlohmann::json::array())) {
        tokens.push_back({{"id", token.value("id", 0)},
                          {"email", token.value("email", "")},
                          {"label", token.value("label", "")},
                          {"created", day_or(token.value("created_at", ""), "")},
                          {"used", day_or(token.value("last_used_at", ""), "nunca")},
                          {"expires", day_or(token.value("expires_at", ""), "no vence")}});
    }
    const auto& user = *request.caller.user;
    nlohmann::json view{{"email", user.email},
                        {"role", enum_label(domain::to_wire(user.role))},
                        {"tokens", tokens},
                        {"no_tokens", tokens.empty()},
                        {"all", api::is_administrator(request.caller)},
                        {"invalid", false}};
    view.update(extra);
    return html_page(request, "Mi cuenta", "account", view, status);
}

}  // namespace

api::Response account_page(Request& request) {
    if (request.caller.is_public()) {
        return refusal(request, 401);
    }
    return render_account(request, nlohmann::json::object(), 200);
}

api::Response create_account_token(Request& request) {
    if (request.caller.is_public()) {
        return refusal(request, 401);
    }
    nlohmann::json body{{"label", request.form_value("label")}};
    auto days = request.form_value("dias");
    if (!days.empty()) {
        auto parsed = nlohmann::json::parse(days, nullptr, false);
        body["expires_in_days"] = parsed.is_discarded() ? nlohmann::json(days) : parsed;
    }
    auto answer = api::create_token(request.database, request.caller, body.dump());
    if (!succeeded(answer)) {
        return render_account(request,
                              {{"invalid", true},
                               {"problems", messages_of(errors_of(answer))},
                               {"label_typed", request.form_value("label")},
                               {"days_typed", days}},
                              answer.status);
    }
    // The secret goes on this answer alone: never in a URL, never again.
    auto made = body_of(answer);
    return render_account(request,
                          {{"new_token", true},
                           {"label", made.value("label", "")},
                           {"secret", made.value("token", "")}},
                          201);
}

api::Response revoke_account_token(Request& request) {
    if (request.caller.is_public()) {
        return refusal(request, 401);
    }
    auto answer = api::revoke_token(request.database, request.caller, request.params.at("id"));
    if (!succeeded(answer)) {
        return html_page(request, "No se revocó el token", "form_refused",
                         {{"errors", messages_of(errors_of(answer))}, {"back", "/cuenta"}},
                         answer.status);
    }
    return redirect(with_notice("/cuenta", "token_revocado"));
}

}  // namespace vincula::web
