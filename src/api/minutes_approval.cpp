#include "api/minutes_approval.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "api/permissions.h"
#include "api/record_files.h"
#include "api/report_documents.h"
#include "api/session_paperwork.h"
#include "auth/digest.h"
#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/minutes.h"

namespace vincula::api {
namespace {

// The formats an approved minuta is kept in: one to print and sign, one to
// edit, one whose text can be compared.
constexpr std::array FROZEN_FORMATS{"pdf", "docx", "md"};

nlohmann::ordered_json files_json(const std::vector<domain::RecordFile>& files) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& file : files) {
        list.push_back(file_json(file));
    }
    return {{"files", list}};
}

// The frozen files of the latest approval, when its Markdown is `text`'s.
std::vector<domain::RecordFile> frozen_already(domain::Database& database,
                                               const std::string& session_key,
                                               const std::string& markdown_sha256) {
    std::vector<domain::RecordFile> frozen;
    for (const auto& file : database.record_files("sessions", session_key)) {
        if (file.purpose == domain::FilePurpose::ApprovedMinutes) {
            frozen.push_back(file);
        }
    }
    // Newest version of each name first: the latest approval's files are
    // those with the highest version of their name.
    std::vector<domain::RecordFile> latest;
    bool same = false;
    for (const auto& file : frozen) {
        bool newest = latest.empty() || latest.back().name != file.name;
        if (!newest) {
            continue;
        }
        latest.push_back(file);
        same = same ||
               (file.media_type.starts_with("text/markdown") && file.sha256 == markdown_sha256);
    }
    return same ? latest : std::vector<domain::RecordFile>{};
}

// The newest kept file of the approved minuta in this format (its
// extension), when its approval was recorded.
std::optional<domain::RecordFile> kept_minutes(domain::Database& database,
                                               const std::string& session_key,
                                               std::string_view extension) {
    std::optional<domain::RecordFile> newest;
    auto suffix = "." + std::string(extension);
    for (const auto& file : database.record_files("sessions", session_key)) {
        if (file.purpose == domain::FilePurpose::ApprovedMinutes && file.name.ends_with(suffix) &&
            (!newest || newest->id < file.id)) {
            newest = file;
        }
    }
    return newest;
}

Response minutes_file(std::string media_type, std::string bytes, const std::string& name,
                      const std::string& sha256) {
    Response response{200, std::move(media_type), std::move(bytes), {}};
    // Read in the browser; the Word file is saved.
    response.headers.emplace_back(
        "Content-Disposition",
        content_disposition(name.ends_with(".docx") ? "attachment" : "inline", name));
    response.headers.emplace_back("X-Vincula-SHA256", sha256);
    return response;
}

}  // namespace

Response approved_minutes(domain::Database& database, const std::string& session_key,
                          const Query& query) {
    std::string format = "pdf";
    for (const auto& [name, value] : query) {
        if (name != "format") {
            return error_response(400, name, "filtro_desconocido", {name, "minutas aprobadas"});
        }
        format = value;
    }
    if (std::find(FROZEN_FORMATS.begin(), FROZEN_FORMATS.end(), format) == FROZEN_FORMATS.end()) {
        return error_response(400, "format", "valor_permitido", {format, "pdf, docx, md"});
    }
    auto data = session_paperwork_scope(database, session_key, report::SessionDocument::Minutes);
    if (!data) {
        return errors_response(404, data.error());
    }
    const auto* session = domain::record_with_key(data->sessions, session_key);
    if (session == nullptr || session->status == domain::SessionStatus::Cancelled ||
        domain::minutes_approval(*data, *session) == nullptr) {
        return error_response(404, "session", "minuta_no_publicada", {session_key});
    }
    const auto* document = find_report_document(format);
    if (auto kept = kept_minutes(database, session_key, document->extension)) {
        if (auto file = database.record_file(kept->id)) {
            return minutes_file(kept->media_type, std::move(file->second), kept->name,
                                kept->sha256);
        }
    }
    auto model =
        report::assemble_session_document(*data, session_key, report::SessionDocument::Minutes,
                                          session_annex_files(database, *data, session_key));
    if (!model) {
        return errors_response(422, model.error());
    }
    auto bytes = document->render(*model);
    if (!bytes) {
        return errors_response(503, bytes.error());
    }
    auto name = session_paperwork_file_name(*model, session_key, report::SessionDocument::Minutes,
                                            document->extension);
    auto sha256 = auth::sha256_hex(*bytes);
    return minutes_file(std::string(document->media_type), std::move(*bytes), name, sha256);
}

Response freeze_approved_minutes(domain::Database& database, const Caller& caller,
                                 const std::string& session_key) {
    if (!may(caller, Operation::Write, "sessions")) {
        return denied(caller);
    }
    auto data = session_paperwork_scope(database, session_key, report::SessionDocument::Minutes);
    if (!data) {
        return errors_response(404, data.error());
    }
    const auto* session = domain::record_with_key(data->sessions, session_key);
    if (session == nullptr || domain::minutes_approval(*data, *session) == nullptr) {
        return error_response(422, "session", "minuta_sin_aprobacion", {session_key});
    }
    auto model =
        report::assemble_session_document(*data, session_key, report::SessionDocument::Minutes);
    if (!model) {
        return errors_response(422, model.error());
    }
    std::vector<domain::NewRecordFile> files;
    for (const auto* format : FROZEN_FORMATS) {
        const auto* document = find_report_document(format);
        auto bytes = document->render(*model);
        if (!bytes) {
            return errors_response(503, bytes.error());
        }
        domain::NewRecordFile file{
            .array = "sessions",
            .key = session_key,
            .name = session_paperwork_file_name(
                *model, session_key, report::SessionDocument::Minutes, document->extension),
            .purpose = domain::FilePurpose::ApprovedMinutes,
            .content = std::move(*bytes),
            .sha256 = "",
            .actor = caller.actor(),
            .media_type = ""};
        auto media_type = domain::check_record_file(file);
        if (!media_type) {
            return errors_response(503, media_type.error());
        }
        file.media_type = *media_type;
        file.sha256 = auth::sha256_hex(file.content);
        files.push_back(std::move(file));
    }
    auto kept = frozen_already(database, session_key, files.back().sha256);
    if (!kept.empty()) {
        return json_response(200, files_json(kept));
    }
    auto added = database.add_record_files(files);
    // Listed as the expediente lists them: by name.
    std::sort(added.begin(), added.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return json_response(201, files_json(added));
}

}  // namespace vincula::api
