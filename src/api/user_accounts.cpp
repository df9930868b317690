#include "api/user_accounts.h"

#include <chrono>
#include <variant>

#include "api/accounts.h"
#include "api/permissions.h"
#include "api/records.h"
#include "auth/access_link.h"
#include "auth/credentials.h"
#include "auth/signed_text.h"
#include "common/date.h"
#include "common/messages.h"
#include "lang/text.h"

namespace vincula::api {
namespace {

std::int64_t now_seconds() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::optional<domain::User> user_with_id(domain::Database& database, const std::string& id) {
    for (auto& user : database.users()) {
        if (std::to_string(user.id) == id) {
            return user;
        }
    }
    return std::nullopt;
}

// Role, area and juror as `object` states them (a field left out keeps
// what `user` has): each checked, and the area or juror a role needs.
common::FieldErrors take_role(domain::Database& database, const nlohmann::json& object,
                              domain::User& user) {
    common::FieldErrors problems;
    if (object.contains("role")) {
        auto role = domain::from_wire<domain::Role>(text_field(object, "role"));
        if (!role) {
            problems.push_back(common::field_error(
                "role", "valor_permitido",
                {text_field(object, "role"), domain::allowed_wire_values<domain::Role>()}));
        } else {
            user.role = *role;
        }
    }
    for (auto [name, array, kept] :
         {std::tuple{"area", "areas", &user.area}, std::tuple{"juror", "jurors", &user.juror}}) {
        if (!object.contains(name)) {
            continue;
        }
        auto value = text_field(object, name);
        *kept = value.empty() ? std::nullopt : std::optional<std::string>(value);
        if (!value.empty() &&
            domain::record_count(database.find(domain::RecordRef{array, value})) == 0) {
            problems.push_back(common::field_error(name, "referencia_existente", {value, array}));
        }
    }
    // An area account speaks for one area; a juror account scores the
    // works of one juror of one contest.
    if (user.role == domain::Role::Area && !user.area) {
        problems.push_back(common::field_error("area", "obligatorio"));
    }
    if (user.role == domain::Role::Juror && !user.juror) {
        problems.push_back(common::field_error("juror", "obligatorio"));
    }
    return problems;
}

// The JSON an administrator sent, or the answer that refuses it (another
// role, a body that is not JSON).
std::variant<nlohmann::json, Response> administrators_body(const Caller& caller,
                                                           std::string_view body) {
    if (!is_administrator(caller)) {
        return denied(caller);
    }
    return parse_body(body);
}

}  // namespace

Response create_user(domain::Database& database, const Caller& caller, std::string_view body) {
    auto parsed = administrators_body(caller, body);
    if (auto* refused = std::get_if<Response>(&parsed)) {
        return *refused;
    }
    const auto& object = std::get<nlohmann::json>(parsed);
    domain::User user;
    user.email = lang::to_lower(text_field(object, "email"));
    user.name = lang::tidy_spaces(text_field(object, "name"));
    common::FieldErrors problems;
    if (user.email.find('@') == std::string::npos) {
        problems.push_back(common::field_error("email", "correo_valido", {user.email}));
    }
    if (user.name.empty()) {
        problems.push_back(common::field_error("name", "obligatorio"));
    }
    if (!object.contains("role")) {
        problems.push_back(common::field_error("role", "obligatorio"));
    }
    auto role_problems = take_role(database, object, user);
    problems.insert(problems.end(), role_problems.begin(), role_problems.end());
    auto password = text_field(object, "password");
    if (!password.empty()) {
        if (auto rules = auth::check_password_rules(password, "password"); !rules) {
            problems.insert(problems.end(), rules.error().begin(), rules.error().end());
        }
    }
    if (!problems.empty()) {
        return errors_response(422, problems);
    }
    // Without a password, none that anyone could type: a random text that
    // is no Argon2 hash, until the owner chooses one from a link.
    user.password_hash = password.empty() ? "sin-contrasena:" + auth::new_signing_secret()
                                          : auth::hash_password(password);
    auto added = database.add_user(user, caller.actor());
    if (!added) {
        return errors_response(409, added.error());
    }
    return json_response(201, user_json(*added));
}

Response update_user(domain::Database& database, const Caller& caller, const std::string& id,
                     std::string_view body) {
    auto parsed = administrators_body(caller, body);
    if (auto* refused = std::get_if<Response>(&parsed)) {
        return *refused;
    }
    const auto& object = std::get<nlohmann::json>(parsed);
    auto user = user_with_id(database, id);
    if (!user) {
        return error_response(404, "id", "usuario_numero_inexistente", {id});
    }
    common::FieldErrors problems;
    if (object.contains("name")) {
        user->name = lang::tidy_spaces(text_field(object, "name"));
        if (user->name.empty()) {
            problems.push_back(common::field_error("name", "obligatorio"));
        }
    }
    auto role_problems = take_role(database, object, *user);
    problems.insert(problems.end(), role_problems.begin(), role_problems.end());
    if (object.contains("active")) {
        if (!object["active"].is_boolean()) {
            problems.push_back(
                common::field_error("active", "tipo_booleano", {object["active"].dump()}));
        } else {
            user->active = object["active"].get<bool>();
        }
    }
    // Nobody locks the installation out: an administrator neither
    // deactivates nor demotes their own account.
    if (caller.user && caller.user->id == user->id &&
        (!user->active || user->role != domain::Role::Administrator)) {
        problems.push_back(common::field_error("role", "administrador_propio"));
    }
    if (!problems.empty()) {
        return errors_response(422, problems);
    }
    auto changed = database.update_user(*user, caller.actor());
    if (!changed) {
        return errors_response(404, changed.error());
    }
    return json_response(200, user_json(*changed));
}

Response access_link(domain::Database& database, const Caller& caller, const std::string& id) {
    if (!is_administrator(caller)) {
        return denied(caller);
    }
    auto user = user_with_id(database, id);
    if (!user) {
        return error_response(404, "id", "usuario_numero_inexistente", {id});
    }
    auto expires = now_seconds() + ACCESS_LINK_SECONDS;
    auto secret = database.signing_secret(auth::new_signing_secret());
    auto token = auth::sign_access(secret, user->id, expires, user->password_hash);
    auto day = std::chrono::floor<std::chrono::days>(
        std::chrono::sys_seconds{std::chrono::seconds{expires}});
    return json_response(200, {{"enlace", "/bienvenida/" + token},
                               {"vence", common::Date::from_days(day).to_iso()},
                               {"email", user->email},
                               {"name", user->name}});
}

std::optional<domain::User> user_of_access_link(domain::Database& database,
                                                std::string_view link_token) {
    auto secret = database.signing_secret(auth::new_signing_secret());
    auto claim = auth::read_access(secret, link_token);
    if (!claim) {
        return std::nullopt;
    }
    auto user = user_with_id(database, std::to_string(claim->user_id));
    if (!user || !user->active ||
        !auth::access_still_good(*claim, now_seconds(), user->password_hash)) {
        return std::nullopt;
    }
    return user;
}

Response choose_password(domain::Database& database, std::string_view link_token,
                         const std::string& password, const std::string& repeated) {
    auto user = user_of_access_link(database, link_token);
    if (!user) {
        return error_response(410, "", "enlace_acceso_invalido");
    }
    common::FieldErrors problems;
    if (auto rules = auth::check_password_rules(password, "password"); !rules) {
        problems = rules.error();
    } else if (password != repeated) {
        problems.push_back(common::field_error("repeated", "contrasenas_distintas"));
    }
    if (!problems.empty()) {
        return errors_response(422, problems);
    }
    auto set = database.set_password(user->email, auth::hash_password(password), user->email);
    if (!set) {
        return errors_response(422, set.error());
    }
    return json_response(200, user_json(*user));
}

}  // namespace vincula::api
