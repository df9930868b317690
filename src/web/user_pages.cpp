#include "web/user_pages.h"

#include "api/accounts.h"
#include "api/user_accounts.h"
#include "auth/credentials.h"
#include "lang/dates.h"
#include "mail/smtp.h"
#include "web/api_answers.h"
#include "web/labels.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

constexpr const char* USER_FIELDS[] = {"email", "name", "role", "area", "juror", "password"};

nlohmann::json options_of(const std::vector<std::pair<std::string, std::string>>& choices,
                          const std::string& chosen, bool with_none) {
    nlohmann::json options = nlohmann::json::array();
    if (with_none) {
        options.push_back({{"value", ""}, {"caption", "—"}, {"selected", chosen.empty()}});
    }
    for (const auto& [value, caption] : choices) {
        options.push_back({{"value", value}, {"caption", caption}, {"selected", value == chosen}});
    }
    return options;
}

nlohmann::json role_options(const std::string& chosen) {
    std::vector<std::pair<std::string, std::string>> roles;
    for (const auto& [role, name] : domain::WireNames<domain::Role>::values) {
        roles.emplace_back(std::string(name), enum_label(name));
    }
    return options_of(roles, chosen, false);
}

nlohmann::json area_options(Request& request, const std::string& chosen) {
    std::vector<std::pair<std::string, std::string>> areas;
    for (const auto& area : every_record(request.database, "areas").areas) {
        areas.emplace_back(area.key, area.acronym + " · " + area.name);
    }
    return options_of(areas, chosen, true);
}

nlohmann::json juror_options(Request& request, const std::string& chosen) {
    std::vector<std::pair<std::string, std::string>> jurors;
    for (const auto& juror : every_record(request.database, "jurors").jurors) {
        jurors.emplace_back(juror.key, juror.name + " (" + juror.contest + ")");
    }
    return options_of(jurors, chosen, true);
}

// Each field's messages, for the form; and all of them, for its summary.
nlohmann::json errors_view(const common::FieldErrors& errors) {
    nlohmann::json by_field = nlohmann::json::object();
    nlohmann::json all = nlohmann::json::array();
    for (const auto& error : errors) {
        auto field = error.field.empty() ? std::string("general") : error.field;
        by_field[field] = by_field.value(field, std::string()) + error.message + " ";
        all.push_back({{"field", field}, {"message", error.message}});
    }
    return {{"by_field", by_field}, {"all", all}, {"any", !errors.empty()}};
}

std::string value_of(const nlohmann::json& values, const char* name) {
    return values.is_object() && values.contains(name) && values[name].is_string()
               ? values[name].get<std::string>()
               : std::string();
}

// The link to choose a password, sent by e-mail when a mail server is set;
// shown on the page either way, for the administrator to pass on when the
// mail cannot carry it.
nlohmann::json delivered_link(Request& request, const nlohmann::json& link) {
    auto path = link.value("enlace", std::string());
    auto until = common::Date::parse_iso(link.value("vence", std::string()));
    auto until_words = until ? lang::day_month_year(*until) : std::string();
    auto email = link.value("email", std::string());
    nlohmann::json view{{"href", path}, {"until", until_words}, {"email", email}};
    if (request.mail == nullptr || !request.mail->configured()) {
        view["said"] =
            "No hay un servidor de correo configurado: comparta este enlace con su titular por "
            "un medio seguro.";
        return view;
    }
    auto base = request.mail->public_url;
    while (!base.empty() && base.back() == '/') {
        base.pop_back();
    }
    mail::Message message;
    message.to = email;
    message.to_name = link.value("name", std::string());
    message.subject = "Elija su contraseña de Vincula";
    message.text = "Hola, " + message.to_name +
                   ":\n\nLa administración de Vincula le dio acceso con el correo " + email +
                   ". Para elegir su contraseña, abra este enlace (vale una sola vez, hasta el " +
                   until_words + "):\n\n" + base + path +
                   "\n\nSi no esperaba este mensaje, puede ignorarlo.\n";
    auto sent = mail::send(*request.mail, message);
    view["said"] = sent
                       ? "Se envió a " + email +
                             " un enlace para que elija su contraseña; vale una sola vez, hasta "
                             "el " +
                             until_words + "."
                       : "No se pudo enviar el correo (" +
                             (sent.error().empty() ? std::string() : sent.error().front().message) +
                             "): comparta este enlace con su titular por un medio seguro.";
    view["sent"] = static_cast<bool>(sent);
    return view;
}

api::Response list_page(Request& request, const nlohmann::json& values,
                        const common::FieldErrors& errors, int status) {
    auto answer = api::list_users(request.database, request.caller);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& user : body_of(answer).value("registros", nlohmann::json::array())) {
        rows.push_back({{"href", "/usuarios/" + std::to_string(user.value("id", 0))},
                        {"email", user.value("email", "")},
                        {"name", user.value("name", "")},
                        {"role", enum_label(user.value("role", ""))},
                        {"area", user.value("area", "")},
                        {"juror", user.value("juror", "")},
                        {"active", user.value("active", true) ? "Sí" : "No"}});
    }
    auto role = value_of(values, "role");
    nlohmann::json view{
        {"rows", rows},
        {"email", value_of(values, "email")},
        {"name", value_of(values, "name")},
        // The role most accounts have; administration is given on purpose.
        {"roles", role_options(role.empty() ? "capturista" : role)},
        {"areas", area_options(request, value_of(values, "area"))},
        {"jurors", juror_options(request, value_of(values, "juror"))},
        {"errors", errors_view(errors)},
        {"min_password", auth::MINIMUM_PASSWORD_LENGTH},
    };
    return html_page(request, "Usuarios", "users", view, status);
}

api::Response one_user_page(Request& request, const std::string& id, const nlohmann::json& link,
                            const common::FieldErrors& errors, const nlohmann::json& sent,
                            int status) {
    auto answer = api::list_users(request.database, request.caller);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    nlohmann::json user;
    for (const auto& candidate : body_of(answer).value("registros", nlohmann::json::array())) {
        if (std::to_string(candidate.value("id", 0)) == id) {
            user = candidate;
        }
    }
    if (user.is_null()) {
        return html_page(request, "No encontrado", "not_found",
                         {{"message", "No existe la cuenta número " + id + "."}}, 404);
    }
    // What was sent, over what is stored, after a refusal.
    auto shown = user;
    if (sent.is_object()) {
        for (const auto& [name, value] : sent.items()) {
            shown[name] = value;
        }
    }
    nlohmann::json view{
        {"id", id},
        {"action", "/usuarios/" + id},
        {"link_action", "/usuarios/" + id + "/enlace"},
        {"email", user.value("email", "")},
        {"name", shown.value("name", "")},
        {"active", shown.value("active", true)},
        {"roles", role_options(shown.value("role", ""))},
        {"areas", area_options(request, shown.value("area", ""))},
        {"jurors", juror_options(request, shown.value("juror", ""))},
        {"errors", errors_view(errors)},
        {"link", link},
        {"has_link", link.is_object()},
    };
    return html_page(request, "Cuenta de " + user.value("name", std::string()), "user", view,
                     status);
}

}  // namespace

api::Response users_page(Request& request) {
    return list_page(request, nlohmann::json::object(), {}, 200);
}

api::Response create_user(Request& request) {
    nlohmann::json body = nlohmann::json::object();
    for (const char* name : USER_FIELDS) {
        if (auto value = request.form_value(name); !value.empty()) {
            body[name] = value;
        }
    }
    auto answer = api::create_user(request.database, request.caller, body.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        // Back to the form with what was typed (never the password).
        body.erase("password");
        return list_page(request, body, errors_of(answer), 422);
    }
    auto id = std::to_string(body_of(answer).value("id", 0));
    if (!body.contains("password")) {
        auto link = api::access_link(request.database, request.caller, id);
        return one_user_page(request, id, delivered_link(request, body_of(link)), {}, nullptr, 201);
    }
    return redirect(with_notice("/usuarios/" + id, "usuario"));
}

api::Response user_page(Request& request) {
    return one_user_page(request, request.params.at("id"), nullptr, {}, nullptr, 200);
}

api::Response change_user(Request& request) {
    const auto& id = request.params.at("id");
    nlohmann::json body{{"name", request.form_value("name")},
                        {"role", request.form_value("role")},
                        {"area", request.form_value("area")},
                        {"juror", request.form_value("juror")},
                        {"active", request.form_value("active") == "1"}};
    auto answer = api::update_user(request.database, request.caller, id, body.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return one_user_page(request, id, nullptr, errors_of(answer), body,
                             answer.status == 404 ? 404 : 422);
    }
    return redirect(with_notice("/usuarios/" + id, "cuenta"));
}

api::Response send_access_link(Request& request) {
    const auto& id = request.params.at("id");
    auto answer = api::access_link(request.database, request.caller, id);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return one_user_page(request, id, nullptr, errors_of(answer), nullptr, answer.status);
    }
    return one_user_page(request, id, delivered_link(request, body_of(answer)), {}, nullptr, 200);
}

api::Response welcome_page(Request& request) {
    const auto& secret = request.params.at("secret");
    auto user = api::user_of_access_link(request.database, secret);
    if (!user) {
        return html_page(request, "Enlace vencido", "not_found",
                         {{"message",
                           "El enlace para elegir la contraseña no es válido, ya se "
                           "usó o venció. Pida a la administración uno nuevo."}},
                         410);
    }
    return html_page(request, "Elija su contraseña", "welcome",
                     {{"email", user->email},
                      {"name", user->name},
                      {"action", "/bienvenida/" + secret},
                      {"errors", errors_view({})},
                      {"min_password", auth::MINIMUM_PASSWORD_LENGTH}});
}

api::Response choose_password(Request& request) {
    const auto& secret = request.params.at("secret");
    auto answer = api::choose_password(request.database, secret, request.form_value("password"),
                                       request.form_value("repeated"));
    if (answer.status == 410) {
        return welcome_page(request);
    }
    if (!succeeded(answer)) {
        auto user = api::user_of_access_link(request.database, secret);
        return html_page(request, "Elija su contraseña", "welcome",
                         {{"email", user ? user->email : ""},
                          {"name", user ? user->name : ""},
                          {"action", "/bienvenida/" + secret},
                          {"errors", errors_view(errors_of(answer))},
                          {"min_password", auth::MINIMUM_PASSWORD_LENGTH}},
                         422);
    }
    return redirect(with_notice("/entrar", "contrasena"));
}

}  // namespace vincula::web
