#include "web/record_file_pages.h"

#include <map>

#include "api/record_files.h"
#include "common/messages.h"
#include "lang/dates.h"
#include "web/api_answers.h"

namespace vincula::web {
namespace {

std::string owner_value(const FileOwner& owner) {
    return owner.array + "|" + owner.key;
}

// What the file picker offers: the types the expediente keeps.
constexpr const char* ACCEPTED = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv,.md";

}  // namespace

std::string file_size_text(std::int64_t bytes) {
    if (bytes < 1000) {
        return std::to_string(bytes) + " bytes";
    }
    if (bytes < 1000 * 1000) {
        return std::to_string((bytes + 500) / 1000) + " KB";
    }
    auto tenths = (bytes + 50 * 1000) / (100 * 1000);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

nlohmann::json expediente_view(domain::RecordFiles& files, const std::vector<FileOwner>& owners,
                               const std::string& attach_action,
                               const common::FieldErrors& errors) {
    nlohmann::json groups = nlohmann::json::array();
    nlohmann::json choices = nlohmann::json::array();
    for (const auto& owner : owners) {
        choices.push_back({{"value", owner_value(owner)}, {"caption", owner.caption}});
        nlohmann::json listed = nlohmann::json::array();
        for (const auto& file : files.record_files(owner.array, owner.key)) {
            auto href = api::file_href(file);
            nlohmann::json version{{"version", file.version},
                                   {"href", href},
                                   {"day", lang::day_of_timestamp(file.added_at)}};
            // Versions come newest first within a name.
            if (!listed.empty() && listed.back()["name"] == file.name) {
                listed.back()["older"].push_back(version);
                listed.back()["has_older"] = true;
                continue;
            }
            listed.push_back(
                {{"name", file.name},
                 {"href", href},
                 {"version", file.version},
                 {"approved_minutes", file.purpose == domain::FilePurpose::ApprovedMinutes},
                 {"size", file_size_text(file.size)},
                 {"added_by", file.added_by},
                 {"day", lang::day_of_timestamp(file.added_at)},
                 {"sha256", file.sha256},
                 {"sha256_short", file.sha256.substr(0, 12)},
                 {"older", nlohmann::json::array()},
                 {"has_older", false}});
        }
        if (!listed.empty()) {
            groups.push_back({{"caption", owner.caption}, {"files", listed}});
        }
    }
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& error : errors) {
        messages.push_back({{"message", error.message}});
    }
    return {{"groups", groups},
            {"empty", groups.empty()},
            {"may_attach", !attach_action.empty()},
            {"action", attach_action},
            {"owners", choices},
            {"one_owner", choices.size() == 1},
            {"accept", ACCEPTED},
            {"max_size", file_size_text(static_cast<std::int64_t>(domain::MAX_RECORD_FILE))},
            {"errors", messages},
            {"invalid", !messages.empty()}};
}

common::FieldErrors attach_from_form(Request& request, const std::vector<FileOwner>& owners) {
    auto chosen = request.form_value("owner");
    const FileOwner* owner = owners.size() == 1 ? &owners.front() : nullptr;
    for (const auto& candidate : owners) {
        if (owner_value(candidate) == chosen) {
            owner = &candidate;
        }
    }
    if (owner == nullptr) {
        return {common::field_error("owner", "obligatorio")};
    }
    auto upload = request.uploads.find("archivo");
    if (upload == request.uploads.end() || upload->second.filename.empty()) {
        return {common::field_error("archivo", "obligatorio")};
    }
    auto answer = api::attach_file(request.database, request.caller, owner->array, owner->key,
                                   upload->second.filename, upload->second.bytes);
    if (succeeded(answer)) {
        return {};
    }
    auto errors = errors_of(answer);
    if (errors.empty()) {
        errors.push_back(common::field_error("archivo", "permiso_denegado"));
    }
    return errors;
}

}  // namespace vincula::web
