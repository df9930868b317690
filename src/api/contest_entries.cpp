#include "api/contest_entries.h"

#include <algorithm>
#include <chrono>
#include <functional>

#include "api/record_json.h"
#include "auth/credentials.h"
#include "common/messages.h"
#include "domain/contest_entry.h"
#include "domain/editing.h"
#include "domain/neighbourhood.h"

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
// its `entries`, skipping any `taken` (entries imported with keys of their
// own).
void number_entry(std::size_t entries, const domain::Contest& contest, nlohmann::json& fields,
                  const std::function<bool(const std::string& folio)>& taken) {
    std::size_t number = 1 + entries;
    while (taken(domain::entry_folio(contest, number))) {
        ++number;
    }
    auto folio = domain::entry_folio(contest, number);
    fields["folio"] = folio;
    fields["key"] = lower(folio);
}

// The same, beside `stored`.
void number_entry(const domain::Dataset& stored, const domain::Contest& contest,
                  nlohmann::json& fields) {
    auto entries = static_cast<std::size_t>(
        std::count_if(stored.registrations.begin(), stored.registrations.end(),
                      [&](const auto& r) { return r.contest == contest.key; }));
    number_entry(entries, contest, fields, [&](const std::string& folio) {
        return std::any_of(
            stored.registrations.begin(), stored.registrations.end(),
            [&](const auto& r) { return r.folio == folio || r.key == lower(folio); });
    });
}

domain::ListQuery registrations_where(const std::string& field, const std::string& value) {
    domain::ListQuery query;
    query.array = "registrations";
    query.equal = {{field, value}};
    return query;
}

// What registering an entry reads (the store's answers, not the database):
// the contest, its entries, and the entries of any contest that hold a
// folio the numbering tries on its way to a free one. With them, the plan
// numbers and checks the entry as it would beside everything.
domain::Dataset entry_neighbourhood(domain::StoredRecords& stored, const std::string& contest_key) {
    auto around = stored.find(domain::RecordRef{"contests", contest_key});
    if (around.contests.empty()) {
        return around;
    }
    auto contest = around.contests.front();
    domain::append(around, stored.matching(registrations_where("contest", contest_key)));
    nlohmann::json probe = nlohmann::json::object();
    number_entry(around.registrations.size(), contest, probe, [&](const std::string& folio) {
        auto found = stored.find(domain::RecordRef{"registrations", lower(folio)});
        domain::append(found, stored.matching(registrations_where("folio", folio)));
        bool held = !found.registrations.empty();
        for (auto& entry : found.registrations) {
            if (entry.contest != contest_key) {  // the contest's own are there
                around.registrations.push_back(std::move(entry));
            }
        }
        return held;
    });
    return around;
}

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr std::int64_t HOUR_MS = 3600 * 1000;

std::int64_t oldest_valid_ms() {
    return now_ms() - ENTRY_REQUEST_HOURS * HOUR_MS;
}

// What a registration as the public sends it may not carry: the staff's
// fields, and the file's, which only an upload fills.
void keep_public_fields(nlohmann::json& fields) {
    for (const char* staff_only : {"key", "folio", "status", "jurors", "place", "anonymised"}) {
        fields.erase(staff_only);
    }
    if (fields.contains("work") && fields["work"].is_object()) {
        for (const char* file_field :
             {"file", "file_name", "file_type", "file_size", "uploaded_at"}) {
            fields["work"].erase(file_field);
        }
    }
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
    auto written = database.write_change(
        {},
        [&](const domain::Dataset& stored,
            const domain::Dataset&) -> common::Result<domain::Write> {
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
        },
        [&](domain::StoredRecords& stored, const domain::Dataset&)
            -> std::optional<domain::Dataset> { return entry_neighbourhood(stored, contest_key); });
    if (!written) {
        if (!file_id.empty()) {
            database.remove_work_file(file_id);
        }
        return std::move(written).error();
    }
    return registered;
}

common::Result<std::string> request_entry(domain::Database& database,
                                          const std::string& contest_key, nlohmann::json fields,
                                          const std::string& address,
                                          const common::LocalMoment& now,
                                          const ContestLimits& limits) {
    keep_public_fields(fields);
    // Checked as the entry will be, with a file standing for the one that
    // may come once the e-mail is confirmed.
    nlohmann::json checked = fields;
    checked["contest"] = contest_key;
    checked["status"] = "registrado";
    if (!checked.contains("work") || !checked["work"].is_object()) {
        checked["work"] = nlohmann::json::object();
    }
    if (!checked["work"].contains("link")) {
        checked["work"]["file"] = "0";
    }
    // Asked of the store, not read whole: the contest, how many entries it
    // has, and whether a folio is taken.
    auto stored = database.find(domain::RecordRef{"contests", contest_key});
    const auto* contest = find_contest(stored, contest_key);
    if (contest == nullptr) {
        return common::FieldErrors{
            common::field_error("contest", "referencia_existente", {contest_key, "contests"})};
    }
    number_entry(database.count(registrations_where("contest", contest_key)), *contest, checked,
                 [&](const std::string& folio) {
                     return database.count(registrations_where("folio", folio)) > 0 ||
                            !database.find(domain::RecordRef{"registrations", lower(folio)})
                                 .registrations.empty();
                 });
    auto record = record_from_json("registrations", checked);
    if (!record) {
        return std::move(record).error();
    }
    common::FieldErrors problems;
    for (auto more : {domain::entry_errors(*contest, record->registrations.front(), now),
                      domain::problems_of_new_record(stored, *record)}) {
        problems.insert(problems.end(), more.begin(), more.end());
    }
    if (!problems.empty()) {
        return problems;
    }
    auto secret = auth::new_secret();
    auto at = now_ms();
    domain::EntryRequestWindow window{at, at - HOUR_MS, limits.requests_per_hour,
                                      at - 2 * ENTRY_REQUEST_HOURS * HOUR_MS};
    if (!database.add_entry_request(auth::secret_hash(secret),
                                    domain::EntryRequest{contest_key, fields.dump(), address},
                                    window)) {
        return common::FieldErrors{common::field_error("email", "solicitudes_por_hora",
                                                       {std::to_string(limits.requests_per_hour)})};
    }
    return secret;
}

std::optional<domain::EntryRequest> entry_request(domain::Database& database,
                                                  const std::string& secret) {
    return database.entry_request(auth::secret_hash(secret), oldest_valid_ms());
}

std::optional<HeldWork> held_work(domain::Database& database, const std::string& secret) {
    auto received = database.entry_upload(auth::secret_hash(secret));
    if (!received || received->content.empty()) {
        return std::nullopt;
    }
    return HeldWork{received->name, received->content.size()};
}

std::uint64_t unreviewed_work_bytes(domain::Database& database) {
    std::uint64_t bytes = 0;
    domain::ListQuery query;
    query.array = "registrations";
    query.equal = {{"status", "registrado"}};
    query.limit = 500;
    do {
        auto page = database.list(query);
        for (const auto& entry : page.records.registrations) {
            if (entry.work && entry.work->file_size) {
                bytes += static_cast<std::uint64_t>(*entry.work->file_size);
            }
        }
        query.after = page.next;
    } while (!query.after.empty());
    return bytes;
}

common::Result<domain::Registration> confirm_entry(
    domain::Database& database, const std::string& secret, std::optional<domain::WorkFile> file,
    const std::string& link, const common::LocalMoment& now, const ContestLimits& limits,
    common::FieldErrors found_before) {
    auto hash = auth::secret_hash(secret);
    auto request = database.claim_entry_request(hash, oldest_valid_ms(), now_ms());
    if (!request) {
        return common::FieldErrors{common::field_error("clave", "enlace_confirmacion")};
    }
    if (!file) {
        if (auto received = database.entry_upload(hash)) {
            auto type = video_type(received->content);
            if (type) {
                file = domain::WorkFile{received->name, *type, std::move(received->content)};
            } else {
                found_before.push_back(common::field_error("work.file", "archivo_obra_tipo"));
            }
        }
    }
    if (file && unreviewed_work_bytes(database) + file->content.size() > limits.unreviewed_bytes) {
        found_before.push_back(common::field_error("work.file", "almacen_concurso_lleno"));
        file.reset();
    }
    auto fields = nlohmann::json::parse(request->fields, nullptr, false);
    if (!fields.is_object()) {
        fields = nlohmann::json::object();
    }
    if (!fields.contains("work") || !fields["work"].is_object()) {
        fields["work"] = nlohmann::json::object();
    }
    if (!link.empty()) {
        fields["work"]["link"] = link;
    }
    auto registered = register_entry(database, request->contest, std::move(fields), std::move(file),
                                     now, std::move(found_before));
    if (!registered) {
        database.release_entry_request(hash);
    }
    return registered;
}

common::Result<std::int64_t> receive_work_part(domain::Database& database,
                                               const std::string& secret, std::int64_t offset,
                                               std::int64_t total, const std::string& name,
                                               std::string_view part, const ContestLimits& limits) {
    auto refused = [](std::string_view rule) {
        return common::FieldErrors{common::field_error("work.file", rule)};
    };
    auto mib = [](std::int64_t bytes) {
        return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MiB";
    };
    if (total > static_cast<std::int64_t>(MAX_WORK_FILE_BYTES)) {
        return common::FieldErrors{
            common::field_error("work.file", "archivo_obra_grande",
                                {mib(total), mib(static_cast<std::int64_t>(MAX_WORK_FILE_BYTES))})};
    }
    if (part.empty() || offset < 0 || offset + static_cast<std::int64_t>(part.size()) > total) {
        return refused("parte_fuera_de_orden");
    }
    auto hash = auth::secret_hash(secret);
    if (!database.entry_request(hash, oldest_valid_ms())) {
        return common::FieldErrors{common::field_error("clave", "enlace_confirmacion")};
    }
    if (offset == 0) {
        if (!video_type(part)) {
            return refused("archivo_obra_tipo");
        }
        if (unreviewed_work_bytes(database) + static_cast<std::uint64_t>(total) >
            limits.unreviewed_bytes) {
            return refused("almacen_concurso_lleno");
        }
    }
    auto received = database.append_entry_upload(hash, offset, name, part, oldest_valid_ms());
    if (!received) {
        return refused("parte_fuera_de_orden");
    }
    return *received;
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
    domain::Dataset record;
    for (const auto& [criterion, score] : scores) {
        record.scores.push_back(domain::Score{juror, registration, criterion, score});
    }
    auto written = database.write_change(
        earlier,
        [&](const domain::Dataset& stored,
            const domain::Dataset&) -> common::Result<domain::Write> {
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
        },
        // The juror, the work, its contest's rubric: not the database.
        [&](domain::StoredRecords& stored, const domain::Dataset&) {
            return domain::neighbourhood(stored, record);
        });
    if (!written) {
        return std::move(written).error();
    }
    return common::ok();
}

}  // namespace vincula::api
