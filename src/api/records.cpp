// Reads of the record resources: GET /api/v1/{array} and /{array}/{key}.
#include "api/records.h"

#include <charconv>

#include "api/audit_log.h"
#include "api/permissions.h"
#include "api/record_json.h"
#include "bundle/json_input.h"
#include "common/messages.h"

namespace vincula::api {
namespace {

constexpr std::size_t DEFAULT_LIMIT = 50;
constexpr std::size_t MAXIMUM_LIMIT = 500;

// Query values are compared with what is stored: flags as 1 and 0.
std::string stored_form(const std::string& value) {
    if (value == "true") {
        return "1";
    }
    if (value == "false") {
        return "0";
    }
    return value;
}

}  // namespace

Response denied(const Caller& caller) {
    return caller.is_public() ? error_response(401, "", "sesion_requerida")
                              : error_response(403, "", "permiso_denegado");
}

std::variant<nlohmann::json, Response> parse_body(std::string_view body) {
    auto parsed = bundle::parse_json_input(body);
    if (!parsed) {
        return errors_response(400, parsed.error());
    }
    return std::move(*parsed);
}

std::string text_field(const nlohmann::json& object, const char* name) {
    auto found = object.find(name);
    return found != object.end() && found->is_string() ? found->get<std::string>() : "";
}

Response Records::list(const Caller& caller, std::string_view array, const Query& query) {
    if (!is_array(array)) {
        return error_response(404, "", "recurso_inexistente", {array});
    }
    if (!may(caller, Operation::Read, array)) {
        return denied(caller);
    }
    auto fields = array_fields(array);
    domain::ListQuery list{std::string(array), {}, "", domain::SortOrder::Ascending,
                           DEFAULT_LIMIT,      ""};
    common::FieldErrors problems;
    for (const auto& [name, value] : query) {
        if (name == "limit") {
            std::size_t limit = 0;
            auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), limit);
            if (error != std::errc{} || end != value.data() + value.size() || limit == 0 ||
                limit > MAXIMUM_LIMIT) {
                problems.push_back(common::field_error("limit", "limite_valido",
                                                       {value, std::to_string(MAXIMUM_LIMIT)}));
            }
            list.limit = limit;
        } else if (name == "cursor") {
            list.after = value;
        } else if (name == "sort") {
            bool descending = value.starts_with("-");
            list.sort = descending ? value.substr(1) : value;
            list.order = descending ? domain::SortOrder::Descending : domain::SortOrder::Ascending;
            if (!fields.has(list.sort)) {
                problems.push_back(common::field_error("sort", "orden_desconocido", {list.sort}));
            }
        } else if (fields.has(name)) {
            list.equal.emplace_back(name, stored_form(value));
        } else {
            problems.push_back(common::field_error(name, "filtro_desconocido", {name, array}));
        }
    }
    if (!problems.empty()) {
        return errors_response(400, problems);
    }
    if (auto forced = forced_filter(caller, array)) {
        list.equal.push_back(*forced);
    }
    auto page = m_database.list(list);
    if (page.unreadable_cursor) {
        return error_response(400, "cursor", "cursor_valido", {list.after});
    }
    // Personal data read in bulk leaves its trace: who, which array, which
    // page and filters, how many records.
    if (auto rows = domain::record_count(page.records); rows > 0 && holds_personal_data(array)) {
        std::string what = "lectura por la API";
        const char* separator = ": ";
        for (const auto& [name, value] : query) {
            what += separator + name + "=" + value;
            separator = ", ";
        }
        record_personal_data_read(m_database, caller, array, what, rows);
    }
    // Written straight to text, as json_response would dump
    // {"registros": records_to_json(…), "siguiente": next or null}.
    std::string body =
        "{\"registros\":" + records_json_text(page.records, array, page.ids) + ",\"siguiente\":";
    if (page.next.empty()) {
        body += "null";
    } else {
        append_json_string(body, page.next);
    }
    body += '}';
    return Response{200, std::string(JSON_TYPE), std::move(body), {}};
}

Response Records::get(const Caller& caller, std::string_view array, const std::string& key) {
    if (!is_array(array)) {
        return error_response(404, "", "recurso_inexistente", {array});
    }
    if (!may(caller, Operation::Read, array)) {
        return denied(caller);
    }
    std::int64_t id = 0;
    auto found = m_database.find(domain::RecordRef{std::string(array), key}, &id);
    // The public does not learn that a convenio not in force exists.
    bool hidden = false;
    if (auto forced = forced_filter(caller, array); forced && domain::record_count(found) > 0) {
        hidden = field_text(found, array, 0, forced->first) != forced->second;
    }
    if (domain::record_count(found) == 0 || hidden) {
        return error_response(404, "", "registro_inexistente", {array, key});
    }
    Response response{200, std::string(JSON_TYPE), record_json_text(found, array, 0, id), {}};
    response.headers.emplace_back("ETag", record_version(found, array));
    return response;
}

}  // namespace vincula::api
