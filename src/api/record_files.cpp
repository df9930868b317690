#include "api/record_files.h"

#include <charconv>

#include "api/permissions.h"
#include "auth/digest.h"
#include "common/messages.h"
#include "domain/dataset.h"

namespace vincula::api {
namespace {

bool record_exists(domain::Store& store, const std::string& array, const std::string& key) {
    auto found = store.find(domain::RecordRef{array, key});
    return domain::record_count(found) > 0;
}

std::optional<std::int64_t> file_id(const std::string& text) {
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0) {
        return std::nullopt;
    }
    return id;
}

// The values of `array`, `key` and `name` in a query; any other name is an
// error.
std::variant<std::map<std::string, std::string>, Response> file_query(
    const Query& query, std::initializer_list<std::string_view> allowed) {
    std::map<std::string, std::string> values;
    for (const auto& [name, value] : query) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            return error_response(400, name, "filtro_desconocido", {name, "archivos"});
        }
        values[name] = value;
    }
    return values;
}

}  // namespace

bool may_attach(domain::Store& store, const Caller& caller, const std::string& array,
                const std::string& key) {
    if (may(caller, Operation::Write, array)) {
        return true;
    }
    if (!caller.has_role(domain::Role::Area) || array != "convenios") {
        return false;
    }
    auto found = store.find(domain::RecordRef{array, key});
    return !found.convenios.empty() && found.convenios.front().area == caller.user->area;
}

nlohmann::ordered_json file_json(const domain::RecordFile& file) {
    return {{"id", file.id},
            {"array", file.array},
            {"key", file.key},
            {"name", file.name},
            {"version", file.version},
            {"purpose", domain::purpose_name(file.purpose)},
            {"media_type", file.media_type},
            {"size", file.size},
            {"sha256", file.sha256},
            {"added_by", file.added_by},
            {"added_at", file.added_at},
            {"href", file_href(file)}};
}

std::string file_href(const domain::RecordFile& file) {
    return "/api/v1/files/" + std::to_string(file.id);
}

Response attach_file(domain::Database& database, const Caller& caller, const std::string& array,
                     const std::string& key, const std::string& name, std::string_view content) {
    if (caller.is_public()) {
        return denied(caller);
    }
    domain::NewRecordFile file{.array = array,
                               .key = key,
                               .name = name,
                               .purpose = domain::FilePurpose::Annex,
                               .content = std::string(content),
                               .sha256 = "",
                               .actor = caller.actor(),
                               .media_type = ""};
    if (!may_attach(database, caller, array, key)) {
        return denied(caller);
    }
    auto media_type = domain::check_record_file(file);
    if (!media_type) {
        return errors_response(422, media_type.error());
    }
    if (!record_exists(database, array, key)) {
        return error_response(404, "key", "registro_inexistente", {array, key});
    }
    file.sha256 = auth::sha256_hex(file.content);
    file.media_type = *media_type;
    auto kept = database.add_record_file(file);
    auto response = json_response(201, file_json(kept));
    response.headers.emplace_back("Location", file_href(kept));
    return response;
}

Response post_file(domain::Database& database, const Caller& caller, const Query& query,
                   std::string_view body) {
    auto values = file_query(query, {"array", "key", "name"});
    if (auto* refusal = std::get_if<Response>(&values)) {
        return *refusal;
    }
    auto& given = std::get<0>(values);
    return attach_file(database, caller, given["array"], given["key"], given["name"], body);
}

Response list_files(domain::Database& database, const Caller& caller, const Query& query) {
    if (caller.is_public()) {
        return denied(caller);
    }
    auto values = file_query(query, {"array", "key"});
    if (auto* refusal = std::get_if<Response>(&values)) {
        return *refusal;
    }
    auto& given = std::get<0>(values);
    const auto& array = given["array"];
    const auto& arrays = domain::arrays_with_files();
    if (std::find(arrays.begin(), arrays.end(), array) == arrays.end()) {
        return error_response(422, "array", "arreglo_con_archivos",
                              {array, domain::arrays_with_files_list()});
    }
    if (!may(caller, Operation::Read, array)) {
        return denied(caller);
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& file : database.record_files(array, given["key"])) {
        list.push_back(file_json(file));
    }
    return json_response(200, {{"files", list}});
}

Response file_content(domain::Database& database, const Caller& caller, const std::string& id) {
    if (caller.is_public()) {
        return denied(caller);
    }
    auto number = file_id(id);
    auto kept = number ? database.record_file(*number) : std::nullopt;
    if (!kept) {
        return error_response(404, "id", "archivo_inexistente", {id});
    }
    const auto& [file, bytes] = *kept;
    if (!may(caller, Operation::Read, file.array)) {
        return denied(caller);
    }
    Response response{200, file.media_type, bytes, {}};
    response.headers.emplace_back(
        "Content-Disposition",
        content_disposition(domain::shown_inline(file.media_type) ? "inline" : "attachment",
                            file.name));
    response.headers.emplace_back("X-Vincula-SHA256", file.sha256);
    // A file sent by someone is shown as a document, never run as a page of
    // this site: no script, no form, no same-origin access.
    response.headers.emplace_back("Content-Security-Policy", "sandbox");
    // A kept file never changes: its id names one version.
    response.headers.emplace_back("Cache-Control", "private, max-age=31536000, immutable");
    return response;
}

}  // namespace vincula::api
