#include "web/mailing_sender.h"

#include "api/mailings.h"
#include "mail/mailing_message.h"
#include "mail/unsubscribe.h"

namespace vincula::web {
namespace {

// Failures that are the server's, not the recipient's: trying the next
// message would fail the same way (or wait as long again).
bool server_unreachable(const std::string& rule) {
    return rule == "smtp_conexion" || rule == "smtp_servidor_desconocido" ||
           rule == "smtp_tiempo_agotado" || rule == "smtp_credenciales" ||
           rule == "smtp_no_configurado" || rule == "smtp_remitente_rechazado";
}

}  // namespace

void send_pending(domain::Database& database, const mail::Settings& settings, std::int64_t id,
                  const std::string& actor) {
    auto outgoing = database.outgoing(id);
    if (!outgoing || outgoing->state != domain::SendState::Sending) {
        return;
    }
    auto network = database.find(domain::RecordRef{"networks", outgoing->network});
    auto network_name =
        network.networks.empty() ? outgoing->network : network.networks.front().name;
    auto secret = database.signing_secret(mail::new_signing_secret());
    std::string last_error;
    for (const auto& delivery : outgoing->deliveries) {
        if (delivery.state != domain::DeliveryState::Pending) {
            continue;
        }
        auto message = mail::mailing_message(
            settings, secret,
            mail::Recipient{outgoing->network, network_name, delivery.email, delivery.name},
            outgoing->subject, outgoing->body);
        auto sent = mail::send(settings, message);
        if (sent) {
            database.record_delivery(delivery.id, domain::DeliveryState::Sent, "");
            continue;
        }
        const auto& error = sent.error().front();
        last_error = error.message;
        database.record_delivery(delivery.id, domain::DeliveryState::Failed, error.message);
        if (server_unreachable(error.rule)) {
            break;  // the rest stay pending: nothing is lost, a retry sends them
        }
    }
    database.finish_outgoing(id, api::mailing_record(*outgoing), last_error, actor);
}

}  // namespace vincula::web
