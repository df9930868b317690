#include "api/accounts.h"

#include <charconv>

#include "api/permissions.h"
#include "api/records.h"
#include "auth/credentials.h"
#include "common/messages.h"
#include "domain/field_rules.h"
#include "lang/plurals.h"
#include "lang/text.h"

namespace vincula::api {
namespace {

std::string cookie_header(std::string_view value, int max_age, bool secure) {
    return std::string(SESSION_COOKIE) + "=" + std::string(value) +
           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
           (secure ? "; Secure" : "");
}

}  // namespace

nlohmann::ordered_json user_json(const domain::User& user) {
    nlohmann::ordered_json out{{"id", user.id},
                               {"email", user.email},
                               {"name", user.name},
                               {"role", domain::to_wire(user.role)}};
    if (user.area) {
        out["area"] = *user.area;
    }
    if (user.juror) {
        out["juror"] = *user.juror;
    }
    out["active"] = user.active;
    return out;
}

Caller authenticate(domain::Database& database, std::string_view session_cookie,
                    std::string_view authorization, std::string address) {
    Caller caller{std::nullopt, std::move(address)};
    constexpr std::string_view BEARER = "Bearer ";
    if (authorization.starts_with(BEARER)) {
        caller.user =
            database.user_of_token(auth::secret_hash(authorization.substr(BEARER.size())));
    } else if (!session_cookie.empty()) {
        caller.user = database.user_of_session(auth::secret_hash(session_cookie));
    }
    return caller;
}

Response sign_in(domain::Database& database, const Caller& caller, std::string_view body,
                 bool secure_cookie) {
    auto parsed = parse_body(body);
    if (auto* bad = std::get_if<Response>(&parsed)) {
        return *bad;
    }
    const auto& object = std::get<nlohmann::json>(parsed);
    auto email = lang::to_lower(text_field(object, "email"));
    auto password = text_field(object, "password");
    auto gate = database.begin_attempt(email, caller.address, ATTEMPT_WINDOW_SECONDS);
    if (auto wait = domain::sign_in_wait(gate); wait > 0) {
        // Held back before the password is looked at: it counts for nothing.
        database.finish_attempt(gate.id, domain::AttemptOutcome::NotTried);
        auto words =
            wait < 120 ? lang::counted(wait, "segundo") : lang::counted((wait + 59) / 60, "minuto");
        auto response = error_response(429, "email", "demasiados_intentos", {words});
        response.headers.emplace_back("Retry-After", std::to_string(wait));
        return response;
    }
    auto user = database.user_by_email(email);
    // The same answer whether the account exists or not, and a hash is
    // checked either way, so neither the message nor the time tells.
    static const std::string decoy = auth::hash_password("vincula-señuelo-sin-cuenta");
    bool verified = auth::verify_password(password, user ? user->password_hash : decoy);
    bool accepted = user && user->active && verified;
    database.finish_attempt(
        gate.id, accepted ? domain::AttemptOutcome::Succeeded : domain::AttemptOutcome::Failed);
    if (!accepted) {
        return error_response(401, "password", "credenciales_invalidas");
    }
    if (auth::needs_rehash(user->password_hash)) {
        // Made at an earlier cost: the password is at hand only now.
        database.rehash_password(user->id, user->password_hash, auth::hash_password(password));
    }
    auto secret = auth::new_secret();
    database.add_session(auth::secret_hash(secret), user->id, SESSION_SECONDS);
    auto response = json_response(200, user_json(*user));
    response.headers.emplace_back("Set-Cookie",
                                  cookie_header(secret, SESSION_SECONDS, secure_cookie));
    return response;
}

Response sign_out(domain::Database& database, std::string_view session_cookie, bool secure_cookie) {
    if (!session_cookie.empty()) {
        database.remove_session(auth::secret_hash(session_cookie));
    }
    Response response{204, "", "", {}};
    response.headers.emplace_back("Set-Cookie", cookie_header("", 0, secure_cookie));
    return response;
}

Response who_am_i(const Caller& caller) {
    if (caller.is_public()) {
        return error_response(401, "", "sesion_requerida");
    }
    return json_response(200, user_json(*caller.user));
}

Response create_token(domain::Database& database, const Caller& caller, std::string_view body) {
    if (caller.is_public()) {
        return denied(caller);
    }
    auto parsed = parse_body(body);
    if (auto* bad = std::get_if<Response>(&parsed)) {
        return *bad;
    }
    const auto& object = std::get<nlohmann::json>(parsed);
    auto label = text_field(object, "label");
    common::FieldErrors problems;
    if (label.empty()) {
        problems.push_back(common::field_error("label", "obligatorio"));
    }
    domain::check_length("label", label, false, problems);
    int days = 0;
    if (object.is_object() && object.contains("expires_in_days")) {
        const auto& given = object["expires_in_days"];
        if (!given.is_number_integer() || given.get<long long>() < 1 ||
            given.get<long long>() > 3650) {
            problems.push_back(common::field_error("expires_in_days", "rango_numero",
                                                   {given.dump(), "1", "3,650"}));
        } else {
            days = given.get<int>();
        }
    }
    if (!problems.empty()) {
        return errors_response(422, problems);
    }
    auto secret = auth::new_secret();
    database.add_token(auth::secret_hash(secret), caller.user->id, label, days);
    auto made = database.tokens(caller.user->id);
    nlohmann::ordered_json answer{{"label", label}, {"token", secret}};
    if (!made.empty()) {
        answer["id"] = made.front().id;
        answer["expires_at"] = made.front().expires_at;
    }
    return json_response(201, answer);
}

Response list_tokens(domain::Database& database, const Caller& caller) {
    if (caller.is_public()) {
        return denied(caller);
    }
    std::optional<std::int64_t> owner;
    if (!is_administrator(caller)) {
        owner = caller.user->id;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& token : database.tokens(owner)) {
        list.push_back({{"id", token.id},
                        {"email", token.email},
                        {"label", token.label},
                        {"created_at", token.created_at},
                        {"last_used_at", token.last_used_at},
                        {"expires_at", token.expires_at}});
    }
    return json_response(200, {{"registros", list}, {"siguiente", nullptr}});
}

Response revoke_token(domain::Database& database, const Caller& caller, const std::string& id) {
    if (caller.is_public()) {
        return denied(caller);
    }
    std::int64_t number = 0;
    auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), number);
    std::optional<std::int64_t> owner;
    if (!is_administrator(caller)) {
        owner = caller.user->id;
    }
    if (error != std::errc{} || end != id.data() + id.size() ||
        !database.revoke_token(number, owner, caller.actor())) {
        return error_response(404, "id", "token_inexistente", {id});
    }
    return Response{204, "", "", {}};
}

Response list_users(domain::Database& database, const Caller& caller) {
    if (!is_administrator(caller)) {
        return denied(caller);
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& user : database.users()) {
        list.push_back(user_json(user));
    }
    return json_response(200, {{"registros", list}, {"siguiente", nullptr}});
}

}  // namespace vincula::api
