#include "web/record_pages.h"

#include <set>

#include "api/audit_log.h"
#include "api/permissions.h"
#include "api/record_json.h"
#include "common/date.h"
#include "common/messages.h"
#include "lang/dates.h"
#include "web/api_answers.h"
#include "web/captions.h"
#include "web/downloads.h"
#include "web/labels.h"
#include "web/record_form.h"
#include "web/scoped_reads.h"

namespace vincula::web {
namespace {

constexpr std::size_t LIST_COLUMNS = 6;
constexpr std::string_view PAGE_SIZE = "100";
constexpr std::string_view EXPORT_PAGE_SIZE = "500";  // the API's largest page

std::string array_path(std::string_view array) {
    return "/registros/" + std::string(array);
}

}  // namespace

std::string record_edit_path(std::string_view array, const std::string& key) {
    // Keys keep their slashes (CVOE/036/21): the route takes the rest.
    std::string path = array_path(array) + "/editar/";
    std::size_t start = 0;
    while (true) {
        auto slash = key.find('/', start);
        path += url_encode(key.substr(start, slash - start));
        if (slash == std::string::npos) {
            return path;
        }
        path += '/';
        start = slash + 1;
    }
}

namespace {

// Where a saved form goes: the page that asked (`volver`, where «{clave}»
// stands for the new record's key) or the array's list.
std::string after_saving(const Request& request, std::string_view array,
                         const api::Response& answer) {
    auto back = local_path(request.form_value("volver"));
    if (back.empty()) {
        return array_path(array);
    }
    if (auto slot = back.find("{clave}"); slot != std::string::npos) {
        std::string key;
        auto prefix = "/api/v1/" + std::string(array) + "/";
        for (const auto& [name, value] : answer.headers) {
            if (name == "Location" && value.starts_with(prefix)) {
                key = value.substr(prefix.size());
            }
        }
        back.replace(slot, 7, url_encode(key));
    }
    return back;
}

// «Nueva sesión», «Nuevo convenio».
std::string new_title(std::string_view array) {
    return std::string(array_is_feminine(array) ? "Nueva " : "Nuevo ") +
           std::string(array_singular(array));
}

// The columns a list shows: the first scalar fields.
std::vector<FormField> list_columns(const std::vector<FormField>& fields) {
    std::vector<FormField> columns;
    for (const auto& field : fields) {
        bool scalar = field.kind != InputKind::Json && field.kind != InputKind::Counts &&
                      field.kind != InputKind::Lines && field.name.find('.') == std::string::npos;
        bool short_enough = field.kind != InputKind::LongText || field.name == "title";
        if (scalar && short_enough && columns.size() < LIST_COLUMNS) {
            columns.push_back(field);
        }
    }
    return columns;
}

std::string key_of(const std::vector<FormField>& fields, const nlohmann::json& record) {
    for (const auto& field : fields) {
        if (field.is_key && record.contains(field.name) && record[field.name].is_string()) {
            return record[field.name].get<std::string>();
        }
    }
    if (record.contains("id")) {
        return record["id"].is_string() ? record["id"].get<std::string>() : record["id"].dump();
    }
    return {};
}

bool known_array(const Request& request, std::string_view array) {
    return !array_title(array).empty() && api::may(request.caller, api::Operation::Read, array);
}

std::string header_of(const api::Response& response, std::string_view name) {
    for (const auto& [header, value] : response.headers) {
        if (header == name) {
            return value;
        }
    }
    return "";
}

// «Mientras editaba, ana@iecm.mx guardó cambios en este registro (3 de
// diciembre de 2026, 17:41).»: the newest entry of the record's history.
common::FieldError changed_meanwhile(Request& request, std::string_view array,
                                     const std::string& key) {
    domain::AuditQuery query;
    query.array = std::string(array);
    query.key = key;
    query.limit = 1;
    auto rows = request.database.audit(query);
    std::string who = rows.empty() ? "otra persona" : rows.front().entry.actor;
    std::string when;
    if (!rows.empty()) {
        const auto& at = rows.front().at;
        if (common::Date::parse_iso(at.substr(0, 10))) {
            when = " (" + lang::local_moment_of_timestamp(at) + ")";
        }
    }
    return common::field_error("", "cambio_simultaneo", {who, when});
}

// What a form's choices read: every record of each array its fields refer
// to (and the commissions that name sessions, the people and
// organizations that name seats), not the rest of the database.
domain::Dataset form_choices(domain::Store& store, const std::vector<FormField>& top) {
    // A table of small records chooses among records too (a participant's
    // person or organization).
    std::vector<FormField> fields = top;
    for (const auto& field : top) {
        fields.insert(fields.end(), field.columns.begin(), field.columns.end());
    }
    std::set<std::string> arrays;
    for (const auto& field : fields) {
        if (field.kind != InputKind::Reference && field.kind != InputKind::References) {
            continue;
        }
        switch (field.refers) {
            case domain::Refers::Actions:
            case domain::Refers::ProgrammeParts:
                arrays.insert("work_programmes");
                break;
            case domain::Refers::Sessions:
                arrays.insert({"sessions", "commissions"});
                break;
            case domain::Refers::Memberships:
                arrays.insert({"memberships", "people", "organizations"});
                break;
            default:
                arrays.insert(std::string(domain::referred_array_name(field.refers)));
        }
    }
    domain::Dataset data;
    for (const auto& array : arrays) {
        domain::append(data, every_record(store, array));
    }
    return data;
}

api::Response form_page(Request& request, std::string_view array, const std::string& key,
                        const nlohmann::json& values, const common::FieldErrors& errors, int status,
                        const std::string& version = "") {
    auto fields = form_fields(array);
    bool editing = !key.empty();
    auto shown = values.is_object() ? values : nlohmann::json::object();
    for (const auto& field : fields) {
        if (editing && field.is_key) {
            shown[field.name] = key;  // a change's body leaves the key out
        }
    }
    auto data = form_choices(request.database, fields);
    // What the system fills waits aside, folded, on a new record's form;
    // each field's error is also listed on top, a link to the field.
    nlohmann::json own = nlohmann::json::array();
    nlohmann::json aside = nlohmann::json::array();
    nlohmann::json error_links = nlohmann::json::array();
    bool aside_invalid = false;
    for (auto& entry : form_view(fields, shown, errors, data, editing)) {
        bool invalid = entry["invalid"].get<bool>();
        for (const auto& message : entry["errors"]) {
            error_links.push_back(
                {{"id", entry["id"]}, {"label", entry["label"]}, {"message", message}});
        }
        if (entry["assigned"].get<bool>()) {
            aside_invalid = aside_invalid || invalid;
            aside.push_back(std::move(entry));
        } else {
            own.push_back(std::move(entry));
        }
    }
    auto volver = local_path(request.query_value("volver").empty() ? request.form_value("volver")
                                                                   : request.query_value("volver"));
    // The address the form is read at: a refused form, answered at the
    // address it was sent to, puts it back (vincula.js).
    auto form_address = editing ? record_edit_path(array, key) : array_path(array) + "/nuevo";
    if (!volver.empty()) {
        form_address += "?volver=" + url_encode(volver);
    }
    nlohmann::json view{
        {"fields", own},
        {"assigned_fields", aside},
        {"has_assigned", !aside.empty()},
        {"assigned_open", aside_invalid},
        {"error_links", error_links},
        {"form_address", form_address},
        {"action", editing ? record_edit_path(array, key) : array_path(array)},
        {"back", array_path(array)},
        {"back_label", std::string(array_title(array))},
        {"editing", editing},
        {"remove_action", editing ? record_edit_path(array, key) + "?eliminar=1" : ""},
        {"has_errors", !errors.empty()},
        // The version the form was filled from: a change made meanwhile by
        // someone else is said, not silently overwritten.
        {"version", version},
        {"volver", volver},
    };
    view["general_errors"] = messages_of(errors_outside(fields, errors));
    std::string title = new_title(array);
    if (editing) {
        // «Editar sesión: Décima sesión ordinaria de 2021 (CVOE)», not its key.
        auto record = api::record_from_json(array, shown);
        auto caption = record ? record_caption(*record, data, key) : key;
        title = "Editar " + std::string(array_singular(array)) + ": " + caption;
    }
    return html_page(request, title, "record_form", view, status);
}

}  // namespace

std::string cell_text(const nlohmann::json& value, bool is_choice) {
    if (value.is_null()) {
        return "";
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "Sí" : "No";
    }
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (is_choice) {
            return enum_label(text);
        }
        if (auto date = common::Date::parse_iso(text); date && text.size() == 10) {
            return lang::long_date(*date);
        }
        return text;
    }
    if (value.is_array()) {
        std::string joined;
        for (const auto& item : value) {
            joined += (joined.empty() ? "" : ", ") + cell_text(item, is_choice);
        }
        return joined;
    }
    return value.dump();
}

api::Response records_index(Request& request) {
    if (request.caller.is_public()) {
        return refusal(request, 401);
    }
    nlohmann::json arrays = nlohmann::json::array();
    auto counts = request.database.counts();
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, const auto&) {
        if (!api::may(request.caller, api::Operation::Read, info.name)) {
            return;
        }
        std::size_t count = 0;
        for (const auto& [name, number] : counts) {
            if (name == info.name) {
                count = number;
            }
        }
        arrays.push_back({{"href", array_path(info.name)},
                          {"title", std::string(array_title(info.name))},
                          {"count", std::to_string(count)}});
    });
    return html_page(request, "Registros", "records_index", {{"arrays", arrays}});
}

namespace {

// Every record of the array the caller may read, page by page through the
// API's own listing: a spreadsheet holds them all.
std::vector<nlohmann::json> every_record(Request& request, const std::string& array) {
    std::vector<nlohmann::json> records;
    std::string cursor;
    do {
        api::Query query{{"limit", std::string(EXPORT_PAGE_SIZE)}};
        if (!cursor.empty()) {
            query.emplace_back("cursor", cursor);
        }
        auto body = body_of(api::Records(request.database).list(request.caller, array, query));
        for (auto& record : body["registros"]) {
            records.push_back(std::move(record));
        }
        cursor = body["siguiente"].is_string() ? body["siguiente"].get<std::string>() : "";
    } while (!cursor.empty());
    return records;
}

api::Response record_spreadsheet(Request& request, const std::string& array) {
    auto fields = form_fields(array);
    ListTable table{std::string(array_title(array)), {}, {}};
    std::vector<const FormField*> columns;
    for (const auto& field : fields) {
        if (field.kind != InputKind::Json) {
            columns.push_back(&field);
            table.headers.push_back(field.label);
        }
    }
    for (const auto& record : every_record(request, array)) {
        std::vector<std::string> row;
        for (const auto* column : columns) {
            const nlohmann::json* value = &record;
            std::size_t start = 0;
            // Nested fields («ceremony.date») are found by their path.
            while (value && start <= column->name.size()) {
                auto dot = column->name.find('.', start);
                auto part = column->name.substr(start, dot - start);
                value = value->is_object() && value->contains(part) ? &(*value)[part] : nullptr;
                start = dot == std::string::npos ? column->name.size() + 1 : dot + 1;
            }
            row.push_back(
                cell_text(value ? *value : nlohmann::json(), column->kind == InputKind::Choice));
        }
        table.rows.push_back(std::move(row));
    }
    if (api::holds_personal_data(array)) {
        api::record_personal_data_export(request.database, request.caller, array, "",
                                         table.rows.size());
    }
    return spreadsheet_download(table, array + ".xlsx");
}

}  // namespace

api::Response record_list(Request& request) {
    const auto& array = request.params.at("array");
    if (!known_array(request, array)) {
        return request.caller.is_public() ? refusal(request, 401) : refusal(request, 403);
    }
    if (wants_spreadsheet(request)) {
        return record_spreadsheet(request, array);
    }
    api::Query query{{"limit", std::string(PAGE_SIZE)}};
    if (auto cursor = request.query_value("cursor"); !cursor.empty()) {
        query.emplace_back("cursor", cursor);
    }
    auto answer = api::Records(request.database).list(request.caller, array, query);
    if (!succeeded(answer)) {
        return refusal(request, answer.status == 401 ? 401 : 403);
    }
    auto body = body_of(answer);
    auto fields = form_fields(array);
    auto columns = list_columns(fields);
    nlohmann::json headers = nlohmann::json::array();
    for (const auto& column : columns) {
        headers.push_back(column.label);
    }
    nlohmann::json rows = nlohmann::json::array();
    bool may_write = api::may(request.caller, api::Operation::Write, array);
    for (const auto& record : body["registros"]) {
        nlohmann::json cells = nlohmann::json::array();
        for (const auto& column : columns) {
            cells.push_back(cell_text(record.contains(column.name) ? record[column.name] : nullptr,
                                      column.kind == InputKind::Choice));
        }
        auto key = key_of(fields, record);
        rows.push_back({{"cells", cells},
                        {"href", may_write ? record_edit_path(array, key) : ""},
                        {"key", key}});
    }
    nlohmann::json view{{"headers", headers},
                        {"rows", rows},
                        {"empty", rows.empty()},
                        {"may_write", may_write},
                        {"new_href", array_path(array) + "/nuevo"},
                        {"new_label", new_title(array)},
                        {"spreadsheet", array_path(array) + "?formato=xlsx"},
                        {"singular", std::string(array_singular(array))}};
    if (body["siguiente"].is_string()) {
        view["next"] =
            array_path(array) + "?cursor=" + url_encode(body["siguiente"].get<std::string>());
    }
    return html_page(request, array_title(array), "record_list", view);
}

api::Response new_record(Request& request) {
    const auto& array = request.params.at("array");
    if (!known_array(request, array) || !api::may(request.caller, api::Operation::Write, array)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    nlohmann::json values = nlohmann::json::object();
    // Links from other pages prefill what they know («?session=…»).
    for (const auto& [name, value] : request.query) {
        if (name != "volver") {
            values[name] = value;
        }
    }
    return form_page(request, array, "", values, {}, 200);
}

api::Response create_record(Request& request) {
    const auto& array = request.params.at("array");
    if (!known_array(request, array)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto fields = form_fields(array);
    auto body = form_to_json(fields, request.form, false);
    auto answer = api::Records(request.database).create(request.caller, array, body.dump());
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        return form_page(request, array, "", body, errors_of(answer), 422);
    }
    return redirect(with_notice(after_saving(request, array, answer), "guardado"));
}

api::Response edit_record(Request& request) {
    const auto& array = request.params.at("array");
    const auto& key = request.params.at("key");
    if (!known_array(request, array)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    auto answer = api::Records(request.database).get(request.caller, array, key);
    if (answer.status == 404) {
        return html_page(
            request, "No encontrado", "not_found",
            {{"message",
              errors_of(answer).empty() ? std::string() : errors_of(answer).front().message}},
            404);
    }
    if (!succeeded(answer)) {
        return refusal(request, answer.status);
    }
    return form_page(request, array, key, body_of(answer), {}, 200, header_of(answer, "ETag"));
}

api::Response change_record(Request& request) {
    const auto& array = request.params.at("array");
    const auto& key = request.params.at("key");
    if (!known_array(request, array)) {
        return refusal(request, request.caller.is_public() ? 401 : 403);
    }
    if (request.query_value("eliminar") == "1") {
        return remove_record(request);
    }
    auto fields = form_fields(array);
    auto body = form_to_json(fields, request.form, true);
    auto version = request.form_value("version");
    auto answer =
        api::Records(request.database).patch(request.caller, array, key, body.dump(), version);
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (answer.status == 412) {
        // Someone saved this record after the form was opened: say who and
        // when; the form keeps what was typed, now over the current version.
        auto current = api::Records(request.database).get(request.caller, array, key);
        return form_page(request, array, key, body, {changed_meanwhile(request, array, key)}, 409,
                         header_of(current, "ETag"));
    }
    if (!succeeded(answer)) {
        return form_page(request, array, key, body, errors_of(answer), 422, version);
    }
    return redirect(with_notice(after_saving(request, array, answer), "guardado"));
}

api::Response remove_record(Request& request) {
    const auto& array = request.params.at("array");
    const auto& key = request.params.at("key");
    auto answer = api::Records(request.database)
                      .remove(request.caller, array, key, request.form_value("version"));
    if (answer.status == 401 || answer.status == 403) {
        return refusal(request, answer.status);
    }
    if (!succeeded(answer)) {
        auto current = api::Records(request.database).get(request.caller, array, key);
        auto problems = answer.status == 412
                            ? common::FieldErrors{changed_meanwhile(request, array, key)}
                            : errors_of(answer);
        return form_page(request, array, key, body_of(current), problems,
                         answer.status == 412 ? 409 : answer.status, header_of(current, "ETag"));
    }
    return redirect(with_notice(array_path(array), "eliminado"));
}

}  // namespace vincula::web
