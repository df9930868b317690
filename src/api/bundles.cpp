#include "api/bundles.h"

#include "api/audit_log.h"

#include "domain/editing.h"

#include "api/permissions.h"
#include "api/records.h"
#include "bundle/bundle.h"
#include "bundle/compressed.h"

namespace vincula::api {

nlohmann::ordered_json record_counts(const domain::Dataset& data) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    domain::for_each_array(data, [&](domain::ArrayInfo info, const auto& records) {
        if (!records.empty()) {
            counts[std::string(info.name)] = records.size();
        }
    });
    return counts;
}

Response import_bundle(domain::Database& database, const Caller& caller, std::string_view body) {
    if (!is_administrator(caller)) {
        return denied(caller);
    }
    // Large bundles travel compressed: JSON never begins with gzip's bytes.
    std::string opened;
    if (bundle::is_gzip(body)) {
        auto unpacked = bundle::gunzip(body, bundle::DEFAULT_MAX_BYTES);
        if (!unpacked) {
            return errors_response(422, unpacked.error());
        }
        opened = std::move(*unpacked);
        body = opened;
    }
    auto reading = bundle::read_bundle(body);
    if (!reading) {
        return errors_response(422, reading.error());
    }
    const auto* data = &reading->data;
    auto today = common::mexico_city_time(std::chrono::system_clock::now()).date;
    nlohmann::ordered_json summary{{"registros", record_counts(*data)}};
    auto found = std::move(reading->problems);
    auto future = domain::held_in_future(*data, today, true);
    found.insert(found.end(), future.begin(), future.end());
    auto imported = domain::import_dataset(
        database, *data, domain::AuditEntry{caller.actor(), "importar", "", "", "", summary.dump()},
        found);
    if (!imported) {
        return errors_response(422, imported.error());
    }
    return json_response(201, summary);
}

Response export_bundle(domain::Database& database, const Caller& caller) {
    if (!is_administrator(caller)) {
        return denied(caller);
    }
    auto data = database.load();
    // The whole bundle holds every personal record: its export is audited.
    record_personal_data_export(database, caller, "", "paquete completo",
                                domain::record_count(data));
    Response response{200, "application/json; charset=utf-8", bundle::write_bundle(data), {}};
    response.headers.emplace_back("Content-Disposition",
                                  content_disposition("attachment", "vincula-paquete.json"));
    return response;
}

}  // namespace vincula::api
