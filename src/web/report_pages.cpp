#include "web/report_pages.h"

#include <variant>

#include "api/permissions.h"
#include "api/publications.h"
#include "api/report_documents.h"
#include "api/reports.h"
#include "checks/review.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "web/api_answers.h"
#include "web/finding_links.h"
#include "web/scope.h"

namespace vincula::web {
namespace {

std::string report_path(const Scope& scope) {
    return "/informe?comision=" + url_encode(scope.commission->key) + "&trimestre=" + scope.quarter;
}

nlohmann::json findings_view(Request& request, const checks::Findings& findings, const Scope& scope,
                             const std::string& back) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& finding : findings) {
        bool error = finding.severity == checks::Severity::Error;
        list.push_back({{"error", error},
                        {"severity", error ? "Error" : "Aviso"},
                        {"message", finding.message},
                        {"href", finding_href(request, finding, back, report_path(scope))}});
    }
    return list;
}

std::string review_path(const Scope& scope) {
    return "/revision?comision=" + url_encode(scope.commission->key) +
           "&trimestre=" + scope.quarter;
}

// The review of the scope, with the finding that the approved report no
// longer matches the data.
checks::Findings review_of(Request& request, const domain::Dataset& data, const Scope& scope) {
    auto findings = checks::review(data, *scope.commission, scope.period);
    for (auto& finding :
         api::approval_findings(request.database, *scope.commission, scope.period)) {
        findings.push_back(std::move(finding));
    }
    return findings;
}

std::string report_base(const Scope& scope) {
    return "/api/v1/reports?commission=" + url_encode(scope.commission->key) +
           "&quarter=" + scope.quarter;
}

nlohmann::json versions_view(const std::vector<domain::ReportVersion>& versions,
                             const Scope& scope) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& version : versions) {
        nlohmann::json files = nlohmann::json::array();
        std::string pdf_sha;
        for (const auto& file : version.files) {
            const auto* document = api::find_report_document(file.format);
            if (document == nullptr) {
                continue;
            }
            files.push_back(
                {{"href", report_base(scope) + "&version=" + std::to_string(version.number) +
                              "&format=" + file.format},
                 {"caption", std::string(document->extension)},
                 {"file", api::approved_file_name(scope.commission->key, scope.period,
                                                  version.number, *document)}});
            if (file.format == "pdf") {
                pdf_sha = file.sha256;
            }
        }
        bool in_force = !version.withdrawn() && &version == &versions.front();
        std::string state = version.withdrawn()
                                ? "Retirada el " + lang::day_of_timestamp(version.withdrawn_at) +
                                      " por " + version.withdrawn_by + ": " +
                                      version.withdrawal_reason
                            : in_force ? "En vigor: es la que lee el público"
                                       : "Sustituida por una versión posterior";
        rows.push_back({{"number", version.number},
                        {"approved", lang::day_of_timestamp(version.approved_at)},
                        {"by", version.approved_by},
                        {"reason", version.reason},
                        {"state", state},
                        {"files", files},
                        {"frozen", version.frozen()},
                        {"pdf_sha", pdf_sha}});
    }
    return rows;
}

// The confirmation of an approval: the version it makes, and the review's
// errors with the reason they call for.
api::Response approval_page(Request& request, const domain::Dataset& data, const Scope& scope,
                            const nlohmann::json& errors, const std::string& reason, int status) {
    auto findings = review_of(request, data, scope);
    auto versions = request.database.report_versions(scope.commission->key, scope.period);
    int next_version = versions.empty() ? 1 : versions.front().number + 1;
    auto error_count = static_cast<long>(checks::count_of(findings, checks::Severity::Error));
    nlohmann::json error_findings = nlohmann::json::array();
    for (const auto& finding : findings_view(request, findings, scope, report_path(scope))) {
        if (finding["error"].get<bool>()) {
            error_findings.push_back(finding);
        }
    }
    nlohmann::json view{{"commission", scope.commission->key},
                        {"commission_name", scope.commission->name},
                        {"quarter", scope.quarter},
                        {"period", period_caption(scope.period)},
                        {"version", next_version},
                        {"has_errors", error_count > 0},
                        {"errors_sentence", lang::counted(error_count, "error")},
                        {"findings", error_findings},
                        {"problems", errors},
                        {"invalid", !errors.empty()},
                        {"reason", reason},
                        {"back", report_path(scope)}};
    return html_page(request, "Aprobar el informe", "report_approval", view, status);
}

// The scope a consejería's form acts on (comision, trimestre, read as the
// pages read them), or the page that answers instead: a refusal, or the
// page of an institute with no commission yet.
using PostedScope = ScopedData;

std::variant<PostedScope, api::Response> approver_scope(Request& request) {
    if (!api::may_approve_reports(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto posted = read_scope(request, request.database);
    if (!posted.scope) {
        return html_page(request, "Informe", "home_empty", nlohmann::json::object());
    }
    return posted;
}

}  // namespace

api::Response report_page(Request& request) {
    if (!api::may_read_reports(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Informe", "home_empty", nlohmann::json::object());
    }
    auto base = report_base(*scope) + "&format=";
    auto findings = review_of(request, data, *scope);
    nlohmann::json downloads = nlohmann::json::array();
    for (auto [format, caption] : {std::pair{"pdf", "PDF"}, std::pair{"docx", "DOCX (Word)"},
                                   std::pair{"xlsx", "XLSX (tablas)"}, std::pair{"md", "Markdown"},
                                   std::pair{"json", "JSON"}}) {
        std::string_view prepare = format == std::string_view("pdf")    ? "el PDF"
                                   : format == std::string_view("docx") ? "el DOCX"
                                                                        : "";
        downloads.push_back(
            {{"href", base + format},
             {"first", downloads.empty()},
             {"caption", caption},
             {"prepare", std::string(prepare)},
             {"file", "informe-" + scope->commission->key + "-" + scope->quarter + "." + format}});
    }
    auto versions = request.database.report_versions(scope->commission->key, scope->period);
    auto in_force = domain::version_in_force(versions);
    bool changed = false;
    for (const auto& finding : findings) {
        changed = changed || finding.rule == "cambios_posteriores";
    }
    bool may_approve = api::may_approve_reports(request.caller);
    nlohmann::json view{
        {"selector", scope->selector},
        {"action", "/informe"},
        {"period", period_caption(scope->period)},
        {"html", base + "html"},
        {"downloads", downloads},
        {"findings", findings_view(request, findings, *scope, report_path(*scope))},
        {"no_findings", findings.empty()},
        {"published", in_force.has_value()},
        {"in_force_version", in_force ? in_force->number : 0},
        {"in_force_day", in_force ? lang::day_of_timestamp(in_force->approved_at) : ""},
        {"withdrawn", !versions.empty() && !in_force},
        {"changed", changed},
        {"versions", versions_view(versions, *scope)},
        {"has_versions", !versions.empty()},
        {"may_approve", may_approve && (!in_force || changed)},
        {"approve_caption",
         versions.empty() ? "Aprobar la publicación de este informe" : "Aprobar una nueva versión"},
        {"approve_href", "/informe/aprobar?comision=" + url_encode(scope->commission->key) +
                             "&trimestre=" + scope->quarter},
        {"may_withdraw", may_approve && in_force.has_value()},
        {"commission", scope->commission->key},
        {"quarter", scope->quarter}};
    return html_page(request, "Informe trimestral", "report", view);
}

api::Response confirm_approval(Request& request) {
    auto posted = approver_scope(request);
    if (auto* answer = std::get_if<api::Response>(&posted)) {
        return *answer;
    }
    const auto& [data, scope] = std::get<PostedScope>(posted);
    return approval_page(request, data, *scope, nlohmann::json::array(), "", 200);
}

api::Response publish_report(Request& request) {
    auto posted = approver_scope(request);
    if (auto* answer = std::get_if<api::Response>(&posted)) {
        return *answer;
    }
    const auto& [data, chosen] = std::get<PostedScope>(posted);
    const auto& scope = *chosen;
    auto reason = request.form_value("motivo");
    nlohmann::json body{
        {"commission", scope.commission->key}, {"quarter", scope.quarter}, {"reason", reason}};
    auto answer = api::publish(request.database, request.caller, body.dump());
    if (!succeeded(answer)) {
        // Back to the confirmation, with what was typed and why it was refused.
        return approval_page(request, data, scope, messages_of(errors_of(answer)), reason,
                             answer.status);
    }
    return redirect(
        with_notice(report_path(scope), answer.status == 201 ? "publicado" : "sin_cambios") +
        "#versiones");
}

api::Response withdraw_report(Request& request) {
    auto posted = approver_scope(request);
    if (auto* answer = std::get_if<api::Response>(&posted)) {
        return *answer;
    }
    const auto& scope = *std::get<PostedScope>(posted).scope;
    nlohmann::json body{{"commission", scope.commission->key},
                        {"quarter", scope.quarter},
                        {"reason", request.form_value("motivo")}};
    auto answer = api::withdraw(request.database, request.caller, body.dump());
    if (!succeeded(answer)) {
        return html_page(request, "No se retiró la publicación", "form_refused",
                         {{"errors", messages_of(errors_of(answer))}, {"back", report_path(scope)}},
                         answer.status);
    }
    return redirect(with_notice(report_path(scope), "retirado") + "#versiones");
}

api::Response review_page(Request& request) {
    if (!api::may_read_reports(request.caller)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto [data, scope] = read_scope(request, request.database);
    if (!scope) {
        return html_page(request, "Revisión de consistencia", "home_empty",
                         nlohmann::json::object());
    }
    auto findings = review_of(request, data, *scope);
    auto errors = static_cast<long>(checks::count_of(findings, checks::Severity::Error));
    auto warnings = static_cast<long>(checks::count_of(findings, checks::Severity::Warning));
    nlohmann::json view{{"selector", scope->selector},
                        {"action", "/revision"},
                        {"period", period_caption(scope->period)},
                        {"findings", findings_view(request, findings, *scope, review_path(*scope))},
                        {"no_findings", findings.empty()},
                        {"errors", std::to_string(errors)},
                        {"warnings", std::to_string(warnings)},
                        {"errors_word", lang::in_number(errors, "error")},
                        {"warnings_word", lang::in_number(warnings, "aviso")}};
    return html_page(request, "Revisión de consistencia", "review", view);
}

}  // namespace vincula::web
