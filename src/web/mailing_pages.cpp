#include "web/mailing_pages.h"

#include <chrono>

#include "api/mailings.h"
#include "common/date.h"
#include "common/messages.h"
#include "domain/programme.h"
#include "lang/plurals.h"
#include "mail/mailing_message.h"
#include "mail/unsubscribe.h"
#include "web/labels.h"
#include "web/mailing_sender.h"

namespace vincula::web {
namespace {

std::string_view state_caption(domain::SendState state) {
    switch (state) {
        case domain::SendState::Sending:
            return "Enviando";
        case domain::SendState::Sent:
            return "Enviado";
        case domain::SendState::Partial:
            return "Enviado en parte";
        case domain::SendState::Failed:
            return "No se envió";
    }
    return "";
}

std::string_view delivery_caption(domain::DeliveryState state) {
    switch (state) {
        case domain::DeliveryState::Pending:
            return "Pendiente";
        case domain::DeliveryState::Sent:
            return "Aceptado por el servidor";
        case domain::DeliveryState::Failed:
            return "Falló";
    }
    return "";
}

std::string kind_caption(std::string_view kind) {
    return kind == "boletin" ? std::string("Boletín") : enum_label(kind);
}

const mail::Settings& settings_of(const Request& request) {
    static const mail::Settings none;
    return request.mail ? *request.mail : none;
}

std::optional<std::int64_t> id_param(const Request& request) {
    auto found = request.params.find("id");
    if (found == request.params.end()) {
        return std::nullopt;
    }
    try {
        std::size_t used = 0;
        auto id = std::stoll(found->second, &used);
        return used == found->second.size() ? std::optional(id) : std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

api::Response not_found(const Request& request) {
    return html_page(request, "No encontrado", "not_found", nlohmann::json::object(), 404);
}

// The compose form, with what was typed, the problems beside each field and,
// when asked, the message as a recipient will receive it.
api::Response compose_view(Request& request, const api::MailingDraft& draft,
                           const common::FieldErrors& errors, nlohmann::json preview, int status) {
    nlohmann::json networks = nlohmann::json::array();
    domain::ListQuery query{"networks", {}, "name", {}, 500, ""};
    for (const auto& network : request.database.list(query).records.networks) {
        networks.push_back({{"value", network.key},
                            {"caption", network.name},
                            {"selected", network.key == draft.network}});
    }
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& [kind, name] : domain::WireNames<domain::MailingKind>::values) {
        kinds.push_back({{"value", std::string(name)},
                         {"caption", kind_caption(name)},
                         {"selected", name == draft.kind}});
    }
    nlohmann::json actions = nlohmann::json::array();
    actions.push_back({{"value", ""},
                       {"caption", "— Ninguna (no figura en el informe) —"},
                       {"selected", draft.action.empty()}});
    domain::ListQuery programmes{
        "work_programmes", {}, "year", domain::SortOrder::Descending, 50, ""};
    for (const auto& programme : request.database.list(programmes).records.work_programmes) {
        auto found = request.database.find(domain::RecordRef{"work_programmes", programme.key});
        for (const auto& record : found.work_programmes) {
            for (const auto& line : record.lines) {
                for (const auto& action : line.actions) {
                    auto key = domain::action_key(record.key, line.number, action.letter);
                    auto text = action.text;
                    if (text.size() > 90) {
                        auto cut = std::size_t{90};
                        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                            --cut;  // never inside a UTF-8 character
                        }
                        text = text.substr(0, cut) + "…";
                    }
                    actions.push_back({{"value", key},
                                       {"caption", key + ": " + text},
                                       {"selected", key == draft.action}});
                }
            }
        }
    }
    nlohmann::json field_errors = nlohmann::json::object();
    nlohmann::json other_errors = nlohmann::json::array();
    for (const auto& error : errors) {
        if (error.field == "network" || error.field == "kind" || error.field == "subject" ||
            error.field == "body" || error.field == "action") {
            field_errors[error.field] = error.message;
        } else {
            other_errors.push_back(error.message);
        }
    }
    nlohmann::json view{{"networks", networks},
                        {"kinds", kinds},
                        {"actions", actions},
                        {"subject", draft.subject},
                        {"body", draft.body},
                        {"errors", field_errors},
                        {"other_errors", other_errors},
                        {"invalid", !errors.empty()},
                        {"configured", settings_of(request).configured()},
                        {"preview", preview}};
    return html_page(request, "Nuevo envío", "mailing_compose", view, status);
}

api::MailingDraft draft_of(const Request& request) {
    return api::MailingDraft{request.form_value("network"), request.form_value("kind"),
                             request.form_value("subject"), request.form_value("body"),
                             request.form_value("action")};
}

// In the background when served, so the page answers at once and shows the
// progress; right here when nothing runs pages in the background (tests).
void run_sending(Request& request, const mail::Settings& settings, std::int64_t id,
                 const std::string& actor) {
    if (!request.in_background) {
        send_pending(request.database, settings, id, actor);
        return;
    }
    request.in_background([settings, id, actor](domain::Database& database) {
        send_pending(database, settings, id, actor);
    });
}

}  // namespace

nlohmann::json mailing_summary(const domain::OutgoingMailing& mailing) {
    return {{"id", mailing.id},
            {"href", "/envios/" + std::to_string(mailing.id)},
            {"network", mailing.network},
            {"kind", kind_caption(domain::to_wire(mailing.kind))},
            {"subject", mailing.subject},
            {"date", mailing.date.to_iso()},
            {"created_by", mailing.created_by},
            {"state", std::string(state_caption(mailing.state))},
            {"state_code", std::string(domain::to_wire(mailing.state))},
            {"sending", mailing.state == domain::SendState::Sending},
            {"sent", mailing.counts.sent},
            {"failed", mailing.counts.failed},
            {"pending", mailing.counts.pending},
            {"total", mailing.counts.sent + mailing.counts.failed + mailing.counts.pending},
            {"error", mailing.error}};
}

api::Response compose_mailing(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    api::MailingDraft draft{request.query_value("red"), "informacion", "", "", ""};
    // The action the network's latest mailing served: usually the same one.
    domain::ListQuery latest{
        "mailings", {{"network", draft.network}}, "date", domain::SortOrder::Descending, 1, ""};
    if (!draft.network.empty()) {
        for (const auto& mailing : request.database.list(latest).records.mailings) {
            draft.action = mailing.action.value_or("");
        }
    }
    return compose_view(request, draft, {}, nullptr, 200);
}

api::Response post_mailing(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto draft = draft_of(request);
    auto checked = api::check_draft(request.database, draft);
    if (!checked) {
        return compose_view(request, draft, checked.error(), nullptr, 422);
    }
    const auto& settings = settings_of(request);
    if (request.form_value("boton") == "vista-previa") {
        const auto& first = checked->recipients.front();
        auto secret = request.database.signing_secret(mail::new_signing_secret());
        auto message = mail::mailing_message(
            settings, secret,
            mail::Recipient{checked->network.key, checked->network.name, first.email, first.name},
            draft.subject, draft.body);
        nlohmann::json preview{
            {"from", settings.from},
            {"to", first.name.empty() ? first.email : first.name + " <" + first.email + ">"},
            {"subject", message.subject},
            {"text", message.text},
            {"recipients", checked->recipients.size()},
            {"recipients_phrase",
             checked->recipients.size() == 1
                 ? std::string("la persona de la red que recibe envíos")
                 : "cada una de las " +
                       lang::counted(static_cast<long>(checked->recipients.size()), "persona") +
                       " de la red que reciben envíos"}};
        return compose_view(request, draft, {}, preview, 200);
    }
    if (!settings.configured() || settings.from.empty()) {
        return compose_view(request, draft, {common::field_error("smtp", "smtp_no_configurado")},
                            nullptr, 422);
    }
    auto today = common::mexico_city_time(std::chrono::system_clock::now()).date;
    auto started = api::start_mailing(request.database, request.caller, draft, today);
    if (!started) {
        return compose_view(request, draft, started.error(), nullptr, 422);
    }
    auto id = *started;
    auto actor = request.caller.actor();
    run_sending(request, settings, id, actor);
    return redirect("/envios/" + std::to_string(id));
}

api::Response mailing_page(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto id = id_param(request);
    auto mailing = id ? request.database.outgoing(*id) : std::nullopt;
    if (!mailing) {
        return not_found(request);
    }
    auto view = mailing_summary(*mailing);
    nlohmann::json deliveries = nlohmann::json::array();
    for (const auto& delivery : mailing->deliveries) {
        deliveries.push_back({{"email", delivery.email},
                              {"name", delivery.name},
                              {"state", std::string(delivery_caption(delivery.state))},
                              {"state_code", std::string(domain::to_wire(delivery.state))},
                              {"detail", delivery.detail}});
    }
    view["deliveries"] = deliveries;
    view["body"] = mailing->body;
    view["retry"] =
        !view["sending"].get<bool>() && mailing->counts.failed + mailing->counts.pending > 0;
    view["network_href"] = "/redes/" + url_encode(mailing->network);
    return html_page(request, "Envío: " + mailing->subject, "mailing", view);
}

api::Response mailing_progress(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto id = id_param(request);
    auto mailing = id ? request.database.outgoing(*id) : std::nullopt;
    if (!mailing) {
        return html_fragment("_mailing_progress", nlohmann::json::object(), 404);
    }
    auto view = mailing_summary(*mailing);
    // When it ends, the whole page again: the per-recipient results.
    if (!mailing->deliveries.empty() && mailing->state != domain::SendState::Sending) {
        auto response = html_fragment("_mailing_progress", view);
        response.headers.emplace_back("HX-Refresh", "true");
        return response;
    }
    return html_fragment("_mailing_progress", view);
}

api::Response retry_mailing(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto id = id_param(request);
    if (!id || !request.database.outgoing(*id)) {
        return not_found(request);
    }
    const auto& settings = settings_of(request);
    auto back = "/envios/" + std::to_string(*id);
    if (!settings.configured()) {
        return html_page(
            request, "No se reintentó el envío", "form_refused",
            {{"errors", nlohmann::json::array({common::message("smtp_no_configurado")})},
             {"back", back}},
            422);
    }
    auto actor = request.caller.actor();
    if (!request.database.reopen_outgoing(*id, actor)) {
        return html_page(request, "No se reintentó el envío", "form_refused",
                         {{"errors", nlohmann::json::array({common::message("envio_en_curso")})},
                          {"back", back}},
                         409);
    }
    auto sending = *id;
    run_sending(request, settings, sending, actor);
    return redirect(back);
}

}  // namespace vincula::web
