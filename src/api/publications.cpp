#include "api/publications.h"

#include <charconv>

#include "api/permissions.h"
#include "api/report_scope.h"
#include "api/reports.h"
#include "auth/digest.h"
#include "checks/review.h"
#include "common/messages.h"
#include "domain/field_rules.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "render/json/report_json.h"
#include "report/assemble.h"

namespace vincula::api {
namespace {

std::optional<int> version_number(const std::string& text) {
    int number = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size() || number <= 0) {
        return std::nullopt;
    }
    return number;
}

nlohmann::ordered_json version_json(const domain::ReportVersion& version, bool in_force,
                                    bool internal) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& file : version.files) {
        files.push_back({{"format", file.format}, {"sha256", file.sha256}});
    }
    nlohmann::ordered_json item{
        {"commission", version.commission},     {"from", version.period.from().to_iso()},
        {"to", version.period.to().to_iso()},   {"version", version.number},
        {"approved_at", version.approved_at},   {"in_force", in_force},
        {"model_sha256", version.model_sha256}, {"files", files}};
    // Who approved, why despite the review, who withdrew it: the
    // institute's business, not the public's (who never sees a withdrawn one).
    if (internal) {
        item["approved_by"] = version.approved_by;
        item["reason"] = version.reason;
        item["withdrawn_at"] = version.withdrawn_at;
        item["withdrawn_by"] = version.withdrawn_by;
        item["withdrawal_reason"] = version.withdrawal_reason;
    }
    return item;
}

Response file_response(const domain::ReportFile& file, const std::string& commission,
                       const domain::Period& period, int number, const ReportDocument& document) {
    Response response{200, file.media_type, file.content, {}};
    response.headers.emplace_back(
        "Content-Disposition",
        content_disposition(document.binary ? "attachment" : "inline",
                            approved_file_name(commission, period, number, document)));
    // The fingerprint published with the version, so a reader can compare.
    response.headers.emplace_back("X-Vincula-Version", std::to_string(number));
    response.headers.emplace_back("X-Vincula-SHA256", file.sha256);
    return response;
}

// The scope of a publication request's body: commission, period, reason.
struct Asked {
    Reading reading;
    std::string reason;
};

std::optional<Response> refuse_long(const std::string& reason) {
    common::FieldErrors errors;
    domain::check_length("reason", reason, false, errors);
    if (errors.empty()) {
        return std::nullopt;
    }
    return errors_response(422, errors);
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A councillor's request about a period's publication: who may, which
// commission and period, and the reason (at most the length of a text).
std::variant<Asked, Response> read_publication_request(domain::Database& database,
                                                       const Caller& caller,
                                                       std::string_view body) {
    if (!may_approve_reports(caller)) {
        return denied(caller);
    }
    auto fields = body_fields(body);
    if (auto* bad = std::get_if<Response>(&fields)) {
        return *bad;
    }
    auto asked = read_scope_query(std::get<Query>(fields), {"reason"});
    if (auto* bad = std::get_if<Response>(&asked)) {
        bad->status = 422;  // the fields of a body, not of a query
        return *bad;
    }
    const auto& query = std::get<ScopeQuery>(asked);
    auto reason = query.option("reason");
    if (auto too_long = refuse_long(reason)) {
        return *too_long;
    }
    auto reading = read_scope(database, query);
    if (auto* bad = std::get_if<Response>(&reading)) {
        if (bad->status == 400) {
            bad->status = 422;
        }
        return *bad;
    }
    return Asked{std::move(std::get<Reading>(reading)), reason};
}

}  // namespace

std::string model_sha256(const report::ReportModel& model) {
    return auth::sha256_hex(render::json::render_json(model));
}

Response publish(domain::Database& database, const Caller& caller, std::string_view body) {
    auto asked = read_publication_request(database, caller, body);
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    auto& [scope, reason] = std::get<Asked>(asked);
    const auto& commission = scope.commission->key;
    auto model = assemble(scope.data, commission, scope.period);
    if (!model) {
        return errors_response(422, model.error());
    }
    auto fingerprint = model_sha256(*model);
    auto in_force = domain::version_in_force(database.report_versions(commission, scope.period));
    if (in_force && in_force->model_sha256 == fingerprint) {
        // Approving what is already approved changes nothing.
        return json_response(200, version_json(*in_force, true, true));
    }
    auto findings = checks::review(scope.data, *scope.commission, scope.period);
    auto errors = static_cast<long>(checks::count_of(findings, checks::Severity::Error));
    if (errors > 0 && blank(reason)) {
        return error_response(422, "reason", "motivo_aprobacion", {lang::counted(errors, "error")});
    }
    domain::ReportApproval approval{
        commission, scope.period, caller.actor(), errors > 0 ? reason : "", fingerprint, {}};
    for (const auto& document : report_documents()) {
        auto bytes = document.render(*model);
        if (!bytes) {
            // WeasyPrint missing, failing or out of time: nothing is approved.
            auto detail = bytes.error().empty() ? std::string() : bytes.error().front().message;
            return error_response(503, "format", "informe_no_generado",
                                  {std::string(document.name), detail});
        }
        approval.files.push_back(domain::ReportFile{std::string(document.name),
                                                    std::string(document.media_type),
                                                    auth::sha256_hex(*bytes), std::move(*bytes)});
    }
    auto version = database.approve_report(approval);
    if (!version) {
        return errors_response(422, version.error());
    }
    return json_response(201, version_json(*version, true, true));
}

Response withdraw(domain::Database& database, const Caller& caller, std::string_view body) {
    auto asked = read_publication_request(database, caller, body);
    if (auto* bad = std::get_if<Response>(&asked)) {
        return *bad;
    }
    auto& [scope, reason] = std::get<Asked>(asked);
    if (blank(reason)) {
        return error_response(422, "reason", "motivo_retiro");
    }
    auto withdrawn =
        database.withdraw_report(scope.commission->key, scope.period, caller.actor(), reason);
    if (!withdrawn) {
        return errors_response(422, withdrawn.error());
    }
    return json_response(200, {{"commission", scope.commission->key},
                               {"from", scope.period.from().to_iso()},
                               {"to", scope.period.to().to_iso()},
                               {"withdrawal_reason", reason}});
}

Response list_publications(domain::Database& database, const Caller& caller, const Query& query) {
    std::string commission;
    for (const auto& [name, value] : query) {
        if (name != "commission") {
            return error_response(400, name, "filtro_desconocido", {name, "publicaciones"});
        }
        commission = value;
    }
    bool internal = !caller.is_public();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const domain::ReportVersion* newest = nullptr;  // of the period being listed
    for (const auto& version : database.publications(commission)) {
        if (newest == nullptr || newest->commission != version.commission ||
            newest->period != version.period) {
            newest = &version;
        }
        bool in_force = !newest->withdrawn() && newest == &version;
        if (newest->withdrawn() && !internal) {
            continue;
        }
        list.push_back(version_json(version, in_force, internal));
    }
    return json_response(200, {{"registros", list}, {"siguiente", nullptr}});
}

std::optional<Response> approved_report(domain::Database& database, const Caller& caller,
                                        const std::string& commission, const domain::Period& period,
                                        const std::string& version,
                                        const ReportDocument& document) {
    if (version.empty() && !caller.is_public()) {
        return std::nullopt;  // staff read the data's current report
    }
    auto versions = database.report_versions(commission, period);
    auto in_force = domain::version_in_force(versions);
    // The public reads the reports the councillors approved, and no other.
    if (caller.is_public() && !in_force) {
        return denied(caller);
    }
    const domain::ReportVersion* chosen = in_force ? &versions.front() : nullptr;
    if (!version.empty()) {
        auto number = version_number(version);
        chosen = nullptr;
        for (const auto& candidate : versions) {
            if (number && candidate.number == *number) {
                chosen = &candidate;
            }
        }
        if (chosen == nullptr) {
            return error_response(404, "version", "version_desconocida", {version});
        }
    }
    if (!chosen->frozen()) {
        return std::nullopt;  // approved before reports were frozen
    }
    auto file =
        database.report_file(commission, period, chosen->number, std::string(document.name));
    if (!file) {
        return error_response(404, "format", "version_desconocida", {version});
    }
    return file_response(*file, commission, period, chosen->number, document);
}

checks::Findings approval_findings(domain::Database& database, const domain::Commission& commission,
                                   const domain::Period& period) {
    auto in_force = domain::version_in_force(database.report_versions(commission.key, period));
    if (!in_force || !in_force->frozen()) {
        return {};
    }
    auto model = assemble(database.load_scope(commission.key, period), commission.key, period);
    if (!model || model_sha256(*model) == in_force->model_sha256) {
        return {};
    }
    return {checks::Finding{
        checks::Severity::Warning, "cambios_posteriores",
        "Hay cambios posteriores a la aprobación: el informe que hoy resulta de los datos ya no "
        "es la versión " +
            std::to_string(in_force->number) + ", aprobada el " +
            lang::day_of_timestamp(in_force->approved_at) +
            ". El público sigue leyendo la versión aprobada; si los cambios deben publicarse, "
            "apruebe una nueva versión.",
        checks::RecordRef{
            "report_publications",
            commission.key + "/" + period.from().to_iso() + "/" + period.to().to_iso(), ""},
        std::nullopt}};
}

}  // namespace vincula::api
