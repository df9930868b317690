#include "api/reports.h"

#include "api/permissions.h"
#include "api/report_documents.h"
#include "checks/review.h"
#include "common/messages.h"
#include "report/assemble.h"

namespace vincula::api {
namespace {

common::FieldError option_error(std::string option, std::string message) {
    return common::FieldError{std::move(option), "periodo_opciones", std::move(message)};
}

struct ScopeQuery {
    std::string commission;
    std::string from;
    std::string to;
    std::string quarter;
    std::string format;
};

std::variant<ScopeQuery, Response> read_scope_query(const Query& query, bool with_format) {
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
        } else if (name == "format" && with_format) {
            scope.format = value;
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

// What a report or a review of the query's commission and period reads.
struct Reading {
    domain::Dataset data;
    const domain::Commission* commission = nullptr;
    domain::Period period;
};

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

}  // namespace

common::Result<domain::Period> period_from(const std::string& from, const std::string& to,
                                           const std::string& quarter, const std::string& prefix) {
    bool has_range = !from.empty() || !to.empty();
    if (!quarter.empty() && has_range) {
        return option_error(prefix + "quarter", "indique el periodo con " + prefix +
                                                    "quarter o con " + prefix + "from y " + prefix +
                                                    "to, no con ambos.");
    }
    if (!quarter.empty()) {
        return domain::Period::quarter(quarter, prefix + "quarter");
    }
    if (!has_range) {
        return option_error(prefix + "quarter", "indique el periodo: " + prefix +
                                                    "quarter AAAA-TN, o " + prefix + "from y " +
                                                    prefix + "to con fechas AAAA-MM-DD.");
    }
    if (to.empty()) {
        return option_error(prefix + "to",
                            "falta la fecha final del periodo (" + prefix + "to AAAA-MM-DD).");
    }
    if (from.empty()) {
        return option_error(prefix + "from",
                            "falta la fecha inicial del periodo (" + prefix + "from AAAA-MM-DD).");
    }
    return domain::Period::parse(from, to, prefix + "from", prefix + "to");
}

nlohmann::ordered_json findings_json(const domain::Commission& commission,
                                     const domain::Period& period,
                                     const checks::Findings& findings) {
    auto listed = nlohmann::ordered_json::array();
    for (const auto& finding : findings) {
        listed.push_back({{"severidad", checks::severity_word(finding.severity)},
                          {"regla", finding.rule},
                          {"mensaje", finding.message},
                          {"registro",
                           {{"arreglo", finding.record.array},
                            {"clave", finding.record.key},
                            {"campo", finding.record.field}}}});
    }
    return {{"comision", commission.key},
            {"desde", period.from().to_iso()},
            {"hasta", period.to().to_iso()},
            {"hallazgos", listed}};
}

Response report(domain::Database& database, const Caller& caller, const Query& query) {
    if (!may_read_reports(caller) && !caller.is_public()) {
        return denied(caller);
    }
    auto asked = read_scope_query(query, true);
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    auto& scope_query = std::get<ScopeQuery>(asked);
    const auto* document =
        find_report_document(scope_query.format.empty() ? "html" : scope_query.format);
    if (document == nullptr) {
        return error_response(400, "format", "valor_permitido",
                              {scope_query.format, report_document_names()});
    }
    auto reading = read_scope(database, scope_query);
    if (auto* bad = std::get_if<Response>(&reading)) {
        return *bad;
    }
    auto& scope = std::get<Reading>(reading);
    // The public reads the reports the councillors approved, and no other.
    if (caller.is_public() && !database.is_published(scope.commission->key, scope.period)) {
        return denied(caller);
    }
    auto model = report::assemble_report(scope.data, scope.commission->key, scope.period);
    if (!model) {
        return errors_response(422, model.error());
    }
    auto bytes = document->render(*model);
    if (!bytes) {
        // WeasyPrint missing, failing or out of time: the server's fault.
        return errors_response(503, bytes.error());
    }
    Response response{200, std::string(document->media_type), std::move(*bytes), {}};
    response.headers.emplace_back("Content-Disposition",
                                  content_disposition(document->binary ? "attachment" : "inline",
                                                      report_file_name(*model, *document)));
    return response;
}

Response publish(domain::Database& database, const Caller& caller, std::string_view body) {
    if (!may_approve_reports(caller)) {
        return denied(caller);
    }
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
    auto asked = read_scope_query(fields, false);
    if (auto* bad = std::get_if<Response>(&asked)) {
        bad->status = 422;  // the fields of a body, not of a query
        return *bad;
    }
    auto reading = read_scope(database, std::get<ScopeQuery>(asked));
    if (auto* bad = std::get_if<Response>(&reading)) {
        return *bad;
    }
    auto& scope = std::get<Reading>(reading);
    auto published = database.publish_report(scope.commission->key, scope.period, caller.actor());
    if (!published) {
        return errors_response(422, published.error());
    }
    return json_response(201, {{"commission", scope.commission->key},
                               {"from", scope.period.from().to_iso()},
                               {"to", scope.period.to().to_iso()}});
}

Response list_publications(domain::Database& database, const Caller& caller, const Query& query) {
    std::string commission;
    for (const auto& [name, value] : query) {
        if (name != "commission") {
            return error_response(400, name, "filtro_desconocido", {name, "publicaciones"});
        }
        commission = value;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& publication : database.publications(commission)) {
        nlohmann::ordered_json item{{"commission", publication.commission},
                                    {"from", publication.period.from().to_iso()},
                                    {"to", publication.period.to().to_iso()},
                                    {"approved_at", publication.approved_at}};
        // Who approved is the institute's business, not the public's.
        if (!caller.is_public()) {
            item["approved_by"] = publication.approved_by;
        }
        list.push_back(std::move(item));
    }
    return json_response(200, {{"registros", list}, {"siguiente", nullptr}});
}

Response review(domain::Database& database, const Caller& caller, const Query& query) {
    if (!may_read_reports(caller)) {
        return denied(caller);
    }
    auto asked = read_scope_query(query, false);
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    auto& scope_query = std::get<ScopeQuery>(asked);
    // The review compares across years and commissions: it reads everything.
    auto period = period_from(scope_query.from, scope_query.to, scope_query.quarter, "");
    if (!period) {
        return errors_response(400, period.error());
    }
    auto data = database.load();
    auto findings = checks::review(data, scope_query.commission, *period);
    if (!findings) {
        return errors_response(404, findings.error());
    }
    const auto* commission = checks::find_commission(data, scope_query.commission);
    return json_response(200, findings_json(*commission, *period, *findings));
}

}  // namespace vincula::api
