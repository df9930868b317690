#include "api/mailings.h"

#include <algorithm>
#include <cctype>

#include "api/permissions.h"
#include "api/record_json.h"
#include "common/messages.h"
#include "domain/neighbourhood.h"
#include "domain/programme.h"

namespace vincula::api {
namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string kinds_list() {
    std::string list;
    for (const auto& [kind, name] : domain::WireNames<domain::MailingKind>::values) {
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    return list;
}

bool action_exists(domain::Store& store, const std::string& action) {
    auto programme = action.substr(0, action.find('/'));
    auto found = store.find(domain::RecordRef{"work_programmes", programme});
    for (const auto& record : found.work_programmes) {
        for (const auto& line : record.lines) {
            for (const auto& item : line.actions) {
                if (domain::action_key(record.key, line.number, item.letter) == action) {
                    return true;
                }
            }
        }
    }
    return false;
}

}  // namespace

bool may_send_mailings(const Caller& caller) {
    return may(caller, Operation::Write, "mailings") && may(caller, Operation::Read, "contacts");
}

common::Result<CheckedDraft> check_draft(domain::Store& store, const MailingDraft& draft) {
    common::FieldErrors errors;
    CheckedDraft checked;
    auto network = store.find(domain::RecordRef{"networks", draft.network});
    if (network.networks.empty()) {
        errors.push_back(
            blank(draft.network)
                ? common::field_error("network", "obligatorio")
                : common::field_error("network", "referencia_existente", {draft.network, "redes"}));
    } else {
        checked.network = network.networks.front();
    }
    if (auto kind = domain::from_wire<domain::MailingKind>(draft.kind)) {
        checked.kind = *kind;
    } else {
        errors.push_back(
            common::field_error("kind", "valor_permitido", {draft.kind, kinds_list()}));
    }
    if (blank(draft.subject)) {
        errors.push_back(common::field_error("subject", "texto_no_vacio"));
    }
    if (blank(draft.body)) {
        errors.push_back(common::field_error("body", "texto_no_vacio"));
    }
    if (!blank(draft.action) && !action_exists(store, draft.action)) {
        errors.push_back(
            common::field_error("action", "referencia_existente", {draft.action, "acciones"}));
    }
    if (!network.networks.empty()) {
        domain::ListQuery query{"contacts", {{"network", draft.network}}, "", {}, 1000, ""};
        std::vector<std::string> seen;
        for (;;) {
            auto page = store.list(query);
            for (const auto& contact : page.records.contacts) {
                auto address = lower(contact.email);
                if (contact.opted_out ||
                    std::find(seen.begin(), seen.end(), address) != seen.end()) {
                    continue;  // opted out, or listed twice: one message
                }
                seen.push_back(address);
                checked.recipients.push_back(
                    domain::Delivery{0, contact.email, contact.name, {}, {}});
            }
            if (page.next.empty()) {
                break;
            }
            query.after = page.next;
        }
        if (checked.recipients.empty()) {
            errors.push_back(
                common::field_error("network", "red_sin_destinatarios", {checked.network.name}));
        }
    }
    if (!errors.empty()) {
        return errors;
    }
    return checked;
}

common::Result<std::int64_t> start_mailing(domain::Database& database, const Caller& caller,
                                           const MailingDraft& draft, common::Date today) {
    if (!may_send_mailings(caller)) {
        return common::field_error("", "permiso_denegado");
    }
    auto checked = check_draft(database, draft);
    if (!checked) {
        return std::move(checked).error();
    }
    domain::OutgoingMailing mailing;
    mailing.network = checked->network.key;
    mailing.kind = checked->kind;
    mailing.subject = draft.subject;
    mailing.body = draft.body;
    mailing.date = today;
    if (!blank(draft.action)) {
        mailing.action = draft.action;
    }
    mailing.created_by = caller.actor();
    return database.add_outgoing(mailing, checked->recipients);
}

domain::Mailing mailing_record(const domain::OutgoingMailing& outgoing) {
    domain::Mailing record;
    record.network = outgoing.network;
    record.date = outgoing.date;
    record.kind = outgoing.kind;
    record.subject = outgoing.subject;
    record.info = outgoing.subject;
    record.action = outgoing.action;
    return record;
}

common::Result<int> opt_out(domain::Store& store, const std::string& network,
                            const std::string& email) {
    auto address = lower(email);
    std::vector<domain::RecordRef> refs;
    domain::ListQuery query{"contacts", {{"network", network}}, "", {}, 1000, ""};
    for (;;) {
        auto page = store.list(query);
        for (std::size_t i = 0; i < page.records.contacts.size(); ++i) {
            const auto& contact = page.records.contacts[i];
            if (!contact.opted_out && lower(contact.email) == address) {
                refs.push_back(domain::RecordRef{"contacts", std::to_string(page.ids[i])});
            }
        }
        if (page.next.empty()) {
            break;
        }
        query.after = page.next;
    }
    if (refs.empty()) {
        return 0;
    }
    // Read before the write: inside it, a PostgreSQL connection is busy
    // with the write's transaction.
    domain::Write write;
    for (const auto& ref : refs) {
        std::int64_t id = 0;
        auto found = store.find(ref, &id);
        if (found.contacts.size() != 1) {
            continue;
        }
        auto before = record_json_text(found, "contacts", 0, id);
        found.contacts.front().opted_out = true;
        write.audit.push_back(domain::AuditEntry{"baja por enlace", "modificar", "contacts",
                                                 ref.key, before,
                                                 record_json_text(found, "contacts", 0, id)});
        write.replaced.push_back(domain::Replacement{ref, std::move(found)});
    }
    // Nothing stored is judged: the contacts are replaced as read.
    auto written = store.write_change(
        refs,
        [&](const domain::Dataset&, const domain::Dataset&) -> common::Result<domain::Write> {
            return write;
        },
        domain::reads_nothing());
    if (!written) {
        return std::move(written).error();
    }
    return static_cast<int>(refs.size());
}

}  // namespace vincula::api
