#include "web/office_pages.h"

#include "api/accounts.h"
#include "api/audit_log.h"
#include "api/permissions.h"
#include "auth/credentials.h"
#include "lang/dates.h"
#include "lang/plurals.h"
#include "web/api_answers.h"
#include "web/audit_changes.h"
#include "web/labels.h"
#include "web/record_pages.h"
#include "web/scope.h"

namespace vincula::web {

namespace {

// «Sesiones · o10-2021»: the kind of record and its key, as far as the
// entry says them (an import names neither; an account is a «Cuenta»).
std::string where_changed(const std::string& array, const std::string& key) {
    std::string kind = array == "users" ? "Cuenta" : std::string(array_title(array));
    if (kind.empty()) {
        kind = array;
    }
    if (kind.empty() || key.empty()) {
        return kind + key;
    }
    return kind + " · " + key;
}

// The kinds of record to filter the history by, named in Spanish.
nlohmann::json audited_arrays(const std::string& chosen) {
    nlohmann::json options = nlohmann::json::array();
    options.push_back({{"value", ""}, {"caption", "Todos"}, {"selected", chosen.empty()}});
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, const auto&) {
        auto title = array_title(info.name);
        if (!title.empty()) {
            options.push_back({{"value", std::string(info.name)},
                               {"caption", std::string(title)},
                               {"selected", chosen == info.name}});
        }
    });
    return options;
}

}  // namespace

api::Response audit_page(Request& request) {
    api::Query query{{"limit", "100"}};
    for (const char* name : {"actor", "array", "key", "from", "to", "before"}) {
        if (auto value = request.query_value(name); !value.empty()) {
            query.emplace_back(name, value);
        }
    }
    auto answer = api::read_audit(request.database, request.caller, query);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    nlohmann::json rows = nlohmann::json::array();
    auto body = body_of(answer);
    if (body.is_object() && body["registros"].is_array()) {
        for (const auto& row : body["registros"]) {
            auto array = row.value("array", "");
            auto key = row.value("key", "");
            const auto& before = row["before"];
            const auto& after = row["after"];
            auto changes = field_changes(array, before, after);
            auto summary = "Ver " + lang::counted(static_cast<long>(changes.size()), "campo");
            rows.push_back({{"at", lang::local_moment_of_timestamp(row.value("at", ""))},
                            {"summary", summary},
                            {"actor", row.value("actor", "")},
                            {"action", enum_label(row.value("action", ""))},
                            {"where", where_changed(array, key)},
                            {"caption", changed_record_caption(array, before, after, key)},
                            {"changes", changes},
                            {"hidden", row.value("contenido_oculto", false)}});
        }
    }
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& error : errors_of(answer)) {
        errors.push_back(error.message);
    }
    nlohmann::json view{{"rows", rows},
                        {"empty", rows.empty()},
                        {"errors", errors},
                        {"invalid", !errors.empty()},
                        {"actor", request.query_value("actor")},
                        {"arrays", audited_arrays(request.query_value("array"))},
                        {"key", request.query_value("key")},
                        {"from", request.query_value("from")},
                        {"to", request.query_value("to")}};
    if (body.is_object() && body["siguiente"].is_string()) {
        view["next"] = "/auditoria?before=" + body["siguiente"].get<std::string>();
    }
    return html_page(request, "Auditoría", "audit", view, succeeded(answer) ? 200 : 400);
}

}  // namespace vincula::web
