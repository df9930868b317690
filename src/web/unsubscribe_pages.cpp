// The link at the foot of every message: anyone holding it may leave that
// network, without an account. The token says who and which network, and
// only this installation can write one (see mail/unsubscribe.h).
#include "api/mailings.h"
#include "common/messages.h"
#include "mail/unsubscribe.h"
#include "web/mailing_pages.h"

namespace vincula::web {
namespace {

api::Response invalid_link(const Request& request) {
    return html_page(request, "Enlace no válido", "form_refused",
                     {{"errors", nlohmann::json::array({common::message("enlace_baja_invalido")})},
                      {"back", "/"}},
                     400);
}

// The subscriber a request's token names, checked against the secret.
std::optional<mail::Subscriber> subscriber_of(Request& request, const std::string& token) {
    if (token.empty()) {
        return std::nullopt;
    }
    auto secret = request.database.signing_secret(mail::new_signing_secret());
    return mail::verify_subscriber(secret, token);
}

std::string network_name(Request& request, const std::string& key) {
    auto found = request.database.find(domain::RecordRef{"networks", key});
    return found.networks.empty() ? key : found.networks.front().name;
}

}  // namespace

api::Response unsubscribe_page(Request& request) {
    auto token = request.query_value("t");
    auto subscriber = subscriber_of(request, token);
    if (!subscriber) {
        return invalid_link(request);
    }
    return html_page(request, "Dejar de recibir mensajes", "unsubscribe",
                     {{"token", token},
                      {"email", subscriber->email},
                      {"network", network_name(request, subscriber->network)}});
}

api::Response confirm_unsubscribe(Request& request) {
    auto token = request.form_value("t");
    if (token.empty()) {
        token = request.query_value("t");
    }
    auto subscriber = subscriber_of(request, token);
    if (!subscriber) {
        return invalid_link(request);
    }
    auto changed = api::opt_out(request.database, subscriber->network, subscriber->email);
    if (!changed) {
        return html_page(
            request, "No se completó la baja", "form_refused",
            {{"errors", nlohmann::json::array({changed.error().front().message})}, {"back", "/"}},
            409);
    }
    return html_page(
        request, "Baja registrada", "unsubscribe_done",
        {{"email", subscriber->email}, {"network", network_name(request, subscriber->network)}});
}

}  // namespace vincula::web
