#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/enums.h"
#include "domain/networks.h"
#include "domain/wire_enum.h"

namespace vincula::domain {

// One recipient of a mailing being sent, and what the mail server answered.
enum class DeliveryState { Pending, Sent, Failed };
template <>
struct WireNames<DeliveryState> {
    static constexpr std::array values = std::to_array<std::pair<DeliveryState, std::string_view>>(
        {{DeliveryState::Pending, "pendiente"},
         {DeliveryState::Sent, "enviado"},
         {DeliveryState::Failed, "fallido"}});
};

// A mailing as a whole: being sent, every message accepted, some, or none.
enum class SendState { Sending, Sent, Partial, Failed };
template <>
struct WireNames<SendState> {
    static constexpr std::array values =
        std::to_array<std::pair<SendState, std::string_view>>({{SendState::Sending, "enviando"},
                                                               {SendState::Sent, "enviado"},
                                                               {SendState::Partial, "parcial"},
                                                               {SendState::Failed, "fallido"}});
};

struct Delivery {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    DeliveryState state = DeliveryState::Pending;
    std::string detail;  // the failure, in Spanish, as the mail server gave it
};

struct DeliveryCounts {
    int sent = 0;
    int failed = 0;
    int pending = 0;
};

// A mailing composed in Vincula and sent through its mail server. Kept
// outside the bundle (like users and the audit log): the text, who sent it
// and each recipient's fate. When a sending ends, the bundle's `mailings`
// record (what the report counts) is written with the messages accepted.
struct OutgoingMailing {
    std::int64_t id = 0;
    std::string network;  // key
    MailingKind kind = MailingKind::Information;
    std::string subject;
    std::string body;
    std::optional<std::string> action;  // of a work programme: where the report counts it
    common::Date date;                  // the day it was sent, in Mexico City
    std::string created_by;
    std::string created_at;  // UTC, ISO 8601
    SendState state = SendState::Sending;
    std::string error;                   // the last failure, in Spanish
    std::optional<std::int64_t> record;  // store number of its `mailings` record
    DeliveryCounts counts;
    std::vector<Delivery> deliveries;  // filled by outgoing(id) only
};

// Mailings being sent and sent. Every step is its own transaction, and each
// leaves the mailing, its deliveries and its `mailings` record consistent:
// a server stopped halfway leaves pending deliveries a retry sends.
class Outbox {
public:
    virtual ~Outbox() = default;

    // Stores the mailing (state «enviando») with one pending delivery per
    // recipient, audited as «enviar_correo». Returns its number.
    virtual std::int64_t add_outgoing(const OutgoingMailing& mailing,
                                      const std::vector<Delivery>& recipients) = 0;
    // With its deliveries and counts.
    virtual std::optional<OutgoingMailing> outgoing(std::int64_t id) = 0;
    // Newest first, with counts, without deliveries; empty network: all.
    virtual std::vector<OutgoingMailing> outgoing_list(const std::string& network) = 0;
    // What one message came to.
    virtual void record_delivery(std::int64_t delivery, DeliveryState state,
                                 const std::string& detail) = 0;
    // Claims an ended mailing for a retry: its failed deliveries are pending
    // again and it is «enviando». False when it is being sent already or
    // nothing is left to send, so two retries never send twice.
    virtual bool reopen_outgoing(std::int64_t id, const std::string& actor) = 0;
    // Ends a sending: the state follows from the deliveries, and `record`
    // with `recipients` = the messages accepted is inserted (or its earlier
    // record updated), audited, in the same transaction. `error` is the last
    // failure. Returns the mailing as it ended.
    virtual OutgoingMailing finish_outgoing(std::int64_t id, Mailing record,
                                            const std::string& error, const std::string& actor) = 0;
    // The secret unsubscribe links are signed with, shared by every server
    // on this database: `candidate` becomes it the first time.
    virtual std::string signing_secret(const std::string& candidate) = 0;
};

}  // namespace vincula::domain
