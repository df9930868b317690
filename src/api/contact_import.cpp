#include "api/contact_import.h"

#include "api/permissions.h"
#include "common/messages.h"

namespace vincula::api {

common::Result<domain::ContactRows> import_contacts(domain::Store& store, const Caller& caller,
                                                    const std::string& network,
                                                    const domain::Table& table) {
    if (!may(caller, Operation::Write, "contacts")) {
        return common::field_error("", "permiso_denegado");
    }
    if (store.find(domain::RecordRef{"networks", network}).networks.empty()) {
        return common::field_error("network", "referencia_existente", {network, "redes"});
    }
    std::vector<domain::Contact> existing;
    domain::ListQuery query{"contacts", {{"network", network}}, "", {}, 1000, ""};
    for (;;) {
        auto page = store.list(query);
        existing.insert(existing.end(), page.records.contacts.begin(), page.records.contacts.end());
        if (page.next.empty()) {
            break;
        }
        query.after = page.next;
    }
    auto rows = domain::contacts_from_table(table, network, existing);
    if (!rows) {
        return std::move(rows).error();
    }
    if (rows->added.empty()) {
        return rows;
    }
    domain::Dataset incoming;
    incoming.contacts = rows->added;
    auto imported = domain::import_dataset(
        store, incoming,
        domain::AuditEntry{caller.actor(), "importar", "contacts", network, "",
                           "{\"contactos\":" + std::to_string(rows->added.size()) + "}"});
    if (!imported) {
        return std::move(imported).error();
    }
    return rows;
}

}  // namespace vincula::api
