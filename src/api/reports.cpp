#include "api/reports.h"

#include "api/permissions.h"
#include "api/publications.h"
#include "api/report_documents.h"
#include "api/report_scope.h"
#include "checks/review.h"
#include "common/messages.h"
#include "report/assemble.h"

namespace vincula::api {
namespace {

common::FieldError option_error(std::string option, std::string message) {
    return common::FieldError{std::move(option), "periodo_opciones", std::move(message)};
}

}  // namespace

common::Result<report::ReportModel> assemble(const domain::Dataset& data,
                                             const std::string& commission,
                                             const domain::Period& period) {
    // A record stored before today's rules may hold a value the report
    // cannot write: say so, rather than answer a bare server error.
    try {
        return report::assemble_report(data, commission, period);
    } catch (const std::exception& error) {
        return common::field_error("", "informe_no_armado", {error.what()});
    }
}

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
    auto asked = read_scope_query(query, {"format", "version"});
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    auto& scope_query = std::get<ScopeQuery>(asked);
    auto format = scope_query.option("format");
    const auto* document = find_report_document(format.empty() ? "html" : format);
    if (document == nullptr) {
        return error_response(400, "format", "valor_permitido", {format, report_document_names()});
    }
    auto reading = read_scope(database, scope_query);
    if (auto* bad = std::get_if<Response>(&reading)) {
        return *bad;
    }
    auto& scope = std::get<Reading>(reading);
    // An approved version is served as it was approved, byte for byte.
    if (auto approved = approved_report(database, caller, scope.commission->key, scope.period,
                                        scope_query.option("version"), *document)) {
        return *approved;
    }
    auto model = assemble(scope.data, scope.commission->key, scope.period);
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

Response review(domain::Database& database, const Caller& caller, const Query& query) {
    if (!may_read_reports(caller)) {
        return denied(caller);
    }
    auto asked = read_scope_query(query, {});
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    // The review reads what the report of the commission's period reads
    // (its commission, the period and the records they name).
    auto reading = read_scope(database, std::get<ScopeQuery>(asked));
    if (auto* bad = std::get_if<Response>(&reading)) {
        return *bad;
    }
    const auto& scope = std::get<Reading>(reading);
    auto findings = checks::review(scope.data, *scope.commission, scope.period);
    for (auto& finding : approval_findings(database, *scope.commission, scope.period)) {
        findings.push_back(std::move(finding));
    }
    return json_response(200, findings_json(*scope.commission, scope.period, findings));
}

}  // namespace vincula::api
