// The networks and their contacts: who receives mailings, who opted out,
// and contacts added from a spreadsheet.
#include "api/contact_import.h"
#include "api/mailings.h"
#include "common/messages.h"
#include "web/contact_sheet.h"
#include "web/mailing_pages.h"
#include "web/scoped_reads.h"

namespace vincula::web {

api::Response networks_page(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    // The networks, and their contacts counted by the store, not read.
    auto networks = every_record(request.database, "networks").networks;
    auto contacts_of = [&](const std::string& network, const char* opted_out) {
        domain::ListQuery counted;
        counted.array = "contacts";
        counted.equal = {{"network", network}, {"opted_out", opted_out}};
        return static_cast<long>(request.database.count(counted));
    };
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& network : networks) {
        auto active = contacts_of(network.key, "0");
        auto opted_out = contacts_of(network.key, "1");
        rows.push_back({{"href", "/redes/" + url_encode(network.key)},
                        {"key", network.key},
                        {"name", network.name},
                        {"active", active},
                        {"opted_out", opted_out}});
    }
    nlohmann::json mailings = nlohmann::json::array();
    for (const auto& mailing : request.database.outgoing_list("")) {
        mailings.push_back(mailing_summary(mailing));
    }
    return html_page(request, "Redes y envíos", "networks",
                     {{"rows", rows},
                      {"empty", rows.empty()},
                      {"mailings", mailings},
                      {"no_mailings", mailings.empty()}});
}

namespace {

// The network's contacts and mailings; `outcome` says what an import did.
api::Response network_view(Request& request, const nlohmann::json& outcome, int status) {
    auto key = request.params.at("key");
    auto found = request.database.find(domain::RecordRef{"networks", key});
    if (found.networks.empty()) {
        return html_page(request, "No encontrado", "not_found", nlohmann::json::object(), 404);
    }
    const auto& network = found.networks.front();
    nlohmann::json contacts = nlohmann::json::array();
    domain::ListQuery query{"contacts", {{"network", key}}, "", {}, 1000, ""};
    for (;;) {
        auto page = request.database.list(query);
        for (const auto& contact : page.records.contacts) {
            contacts.push_back({{"name", contact.name},
                                {"email", contact.email},
                                {"country", contact.country.value_or("")},
                                {"opted_out", contact.opted_out}});
        }
        if (page.next.empty()) {
            break;
        }
        query.after = page.next;
    }
    nlohmann::json mailings = nlohmann::json::array();
    for (const auto& mailing : request.database.outgoing_list(key)) {
        mailings.push_back(mailing_summary(mailing));
    }
    return html_page(request, network.name, "network",
                     {{"key", key},
                      {"compose", "/envios/nuevo?red=" + url_encode(key)},
                      {"import", "/redes/" + url_encode(key) + "/contactos"},
                      {"contacts", contacts},
                      {"empty", contacts.empty()},
                      {"count", contacts.size()},
                      {"mailings", mailings},
                      {"no_mailings", mailings.empty()},
                      {"outcome", outcome}},
                     status);
}

}  // namespace

api::Response network_page(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    return network_view(request, nullptr, 200);
}

api::Response import_contacts(Request& request) {
    if (!api::may_send_mailings(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto upload = request.uploads.find("archivo");
    common::Result<domain::Table> table =
        upload == request.uploads.end() || upload->second.bytes.empty()
            ? common::Result<domain::Table>(common::field_error("archivo", "obligatorio"))
            : read_table(upload->second.bytes);
    common::Result<domain::ContactRows> rows =
        table ? api::import_contacts(request.database, request.caller, request.params.at("key"),
                                     *table)
              : common::Result<domain::ContactRows>(table.error());
    if (!rows) {
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& error : rows.error()) {
            errors.push_back(common::to_display(error));
        }
        return network_view(request, {{"errors", errors}, {"refused", true}}, 422);
    }
    auto summary = rows->added.size() == 1
                       ? std::string("1 contacto nuevo")
                       : std::to_string(rows->added.size()) + " contactos nuevos";
    if (rows->already > 0) {
        summary += rows->already == 1 ? std::string("; 1 ya estaba en la red y queda como estaba")
                                      : "; " + std::to_string(rows->already) +
                                            " ya estaban en la red y quedan como estaban";
        if (rows->opted_out > 0) {
            summary += rows->opted_out == 1
                           ? std::string(" (se dio de baja y sigue sin recibir envíos)")
                           : " (" + std::to_string(rows->opted_out) +
                                 " de ellos se dieron de baja y siguen sin recibir envíos)";
        }
    }
    return network_view(request, {{"summary", summary + "."}}, 200);
}

}  // namespace vincula::web
