#include "api/report_scope.h"

#include <algorithm>

#include "api/reports.h"
#include "checks/review.h"
#include "common/messages.h"

namespace vincula::api {

std::string ScopeQuery::option(std::string_view name) const {
    auto found = options.find(name);
    return found == options.end() ? std::string() : found->second;
}

std::variant<ScopeQuery, Response> read_scope_query(
    const Query& query, std::initializer_list<std::string_view> options) {
    ScopeQuery scope;
    common::FieldErrors problems;
    for (const auto& [name, value] : query) {
        if (name == "commission") {
            scope.commission = value;
        } else if (name == "from") {
            scope.from = value;
        } else if (name == "to") {
            scope.to = value;
        } else if (name == "quarter") {
            scope.quarter = value;
        } else if (std::find(options.begin(), options.end(), name) != options.end()) {
            scope.options[name] = value;
        } else {
            problems.push_back(common::field_error(name, "filtro_desconocido", {name, "informes"}));
        }
    }
    if (scope.commission.empty()) {
        problems.push_back(common::field_error("commission", "obligatorio"));
    }
    if (!problems.empty()) {
        return errors_response(400, problems);
    }
    return scope;
}

std::variant<Query, Response> body_fields(std::string_view body) {
    auto parsed = parse_body(body);
    if (auto* bad = std::get_if<Response>(&parsed)) {
        return *bad;
    }
    const auto& object = std::get<nlohmann::json>(parsed);
    if (!object.is_object()) {
        return error_response(422, "", "tipo_objeto", {"otro valor"});
    }
    Query fields;
    for (const auto& [name, value] : object.items()) {
        fields.emplace_back(name, value.is_string() ? value.get<std::string>() : value.dump());
    }
    return fields;
}

std::variant<Reading, Response> read_scope(domain::Database& database, const ScopeQuery& query) {
    auto period = period_from(query.from, query.to, query.quarter, "");
    if (!period) {
        return errors_response(400, period.error());
    }
    Reading reading{database.load_scope(query.commission, *period), nullptr, *period};
    const auto* commission = checks::find_commission(reading.data, query.commission);
    if (commission == nullptr) {
        return errors_response(
            404, {checks::unknown_commission(reading.data, query.commission, "commission")});
    }
    // Named by acronym or in another case: read again by key.
    if (commission->key != query.commission) {
        auto key = commission->key;
        reading.data = database.load_scope(key, *period);
        commission = checks::find_commission(reading.data, key);
    }
    reading.commission = commission;
    return reading;
}

}  // namespace vincula::api
