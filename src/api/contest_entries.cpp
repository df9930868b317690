#include "api/contest_entries.h"

#include <algorithm>

#include "api/record_json.h"
#include "common/messages.h"
#include "domain/contest_entry.h"
#include "domain/editing.h"

namespace vincula::api {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

const domain::Contest* find_contest(const domain::Dataset& stored, const std::string& key) {
    auto found = std::find_if(stored.contests.begin(), stored.contests.end(),
                              [&](const domain::Contest& c) { return c.key == key; });
    return found == stored.contests.end() ? nullptr : &*found;
}

// The contest's next folio and the key that goes with it: one more than
// its entries, skipping any taken (entries imported with keys of their own).
void number_entry(const domain::Dataset& stored, const domain::Contest& contest,
                  nlohmann::json& fields) {
    std::size_t number = 1 + static_cast<std::size_t>(std::count_if(
                                 stored.registrations.begin(), stored.registrations.end(),
                                 [&](const auto& r) { return r.contest == contest.key; }));
    auto taken = [&](const std::string& folio) {
        return std::any_of(
            stored.registrations.begin(), stored.registrations.end(),
            [&](const auto& r) { return r.folio == folio || r.key == lower(folio); });
    };
    while (taken(domain::entry_folio(contest, number))) {
        ++number;
    }
    auto folio = domain::entry_folio(contest, number);
    fields["folio"] = folio;
    fields["key"] = lower(folio);
}

}  // namespace

std::optional<std::string> video_type(std::string_view bytes) {
    if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") {
        return bytes.substr(8, 2) == "qt" ? "video/quicktime" : "video/mp4";
    }
    if (bytes.size() >= 4 && bytes.substr(0, 4) == "\x1A\x45\xDF\xA3") {
        return "video/webm";
    }
    if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "AVI ") {
        return "video/x-msvideo";
    }
    return std::nullopt;
}

std::string video_extension(std::string_view media_type) {
    if (media_type == "video/mp4") {
        return ".mp4";
    }
    if (media_type == "video/quicktime") {
        return ".mov";
    }
    if (media_type == "video/webm") {
        return ".webm";
    }
    if (media_type == "video/x-msvideo") {
        return ".avi";
    }
    return ".video";
}

common::Result<domain::Registration> register_entry(domain::Database& database,
                                                    const std::string& contest_key,
                                                    nlohmann::json fields,
                                                    std::optional<domain::WorkFile> file,
                                                    const common::LocalMoment& now,
                                                    common::FieldErrors found_before) {
    fields["contest"] = contest_key;
    fields["status"] = "registrado";
    fields.erase("jurors");
    fields.erase("place");
    fields.erase("anonymised");
    std::string file_id;
    if (file) {
        file_id = database.store_work_file(*file);
        auto& work = fields["work"];
        work["file"] = file_id;
        work["file_name"] = file->name;
        work["file_type"] = file->media_type;
        work["file_size"] = file->content.size();
    }
    if (fields.contains("work") && fields["work"].is_object()) {
        fields["work"]["uploaded_at"] = now.date.to_iso();
    }
    domain::Registration registered;
    auto written =
        database.write({}, [&](const domain::Dataset& stored) -> common::Result<domain::Write> {
            const auto* contest = find_contest(stored, contest_key);
            if (contest == nullptr) {
                return common::FieldErrors{common::field_error("contest", "referencia_existente",
                                                               {contest_key, "contests"})};
            }
            number_entry(stored, *contest, fields);
            auto record = record_from_json("registrations", fields);
            if (!record) {
                auto problems = found_before;
                problems.insert(problems.end(), record.error().begin(), record.error().end());
                return problems;
            }
            auto problems = found_before;
            for (auto more : {domain::entry_errors(*contest, record->registrations.front(), now),
                              domain::problems_of_new_record(stored, *record)}) {
                problems.insert(problems.end(), more.begin(), more.end());
            }
            if (!problems.empty()) {
                return problems;
            }
            registered = record->registrations.front();
            domain::Write write;
            write.inserted = *record;
            write.audit.push_back(
                domain::AuditEntry{"público", "inscribir", "registrations", registered.key, "",
                                   record_json_text(*record, "registrations", 0)});
            return write;
        });
    if (!written) {
        if (!file_id.empty()) {
            database.remove_work_file(file_id);
        }
        return std::move(written).error();
    }
    return registered;
}

common::Outcome save_scores(domain::Database& database, const Caller& caller,
                            const std::string& registration,
                            const std::map<std::string, double, std::less<>>& scores) {
    std::string juror = caller.user && caller.user->juror ? *caller.user->juror : "";
    if (juror.empty()) {
        return common::FieldErrors{common::field_error("juror", "obligatorio")};
    }
    // The juror's earlier scores of this work are set aside and replaced.
    std::vector<domain::RecordRef> earlier;
    domain::ListQuery query;
    query.array = "scores";
    query.equal = {{"juror", juror}, {"registration", registration}};
    query.limit = 1000;
    auto page = database.list(query);
    for (auto id : page.ids) {
        earlier.push_back(domain::RecordRef{"scores", std::to_string(id)});
    }
    auto written = database.write(
        earlier, [&](const domain::Dataset& stored) -> common::Result<domain::Write> {
            domain::Dataset record;
            for (const auto& [criterion, score] : scores) {
                record.scores.push_back(domain::Score{juror, registration, criterion, score});
            }
            auto problems = domain::problems_of_new_record(stored, record);
            if (!problems.empty()) {
                return problems;
            }
            domain::Write write;
            write.inserted = record;
            write.removed = earlier;
            nlohmann::json before = records_to_json(page.records, "scores");
            nlohmann::json after = records_to_json(record, "scores");
            write.audit.push_back(domain::AuditEntry{caller.actor(), "calificar", "scores",
                                                     registration, before.dump(), after.dump()});
            return write;
        });
    if (!written) {
        return std::move(written).error();
    }
    return common::ok();
}

}  // namespace vincula::api
