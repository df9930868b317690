// Writes of the record resources: POST, PATCH and DELETE. Each runs inside
// the store's write transaction: the record is read, limited, validated
// against what is stored and audited there, so what was checked is what is
// written, and a refused request writes nothing.
#include <algorithm>

#include "api/assigned_fields.h"
#include "api/permissions.h"
#include "api/record_json.h"
#include "api/records.h"
#include "auth/digest.h"
#include "common/messages.h"
#include "domain/agreement_code_settling.h"
#include "domain/array_words.h"
#include "domain/editing.h"
#include "domain/neighbourhood.h"
#include "lang/plurals.h"
#include "lang/text.h"

namespace vincula::api {
namespace {

// The HTTP status a write's problems call for.
common::Date institute_today() {
    return common::mexico_city_time(std::chrono::system_clock::now()).date;
}

int status_for(const common::FieldErrors& errors) {
    for (const auto& error : errors) {
        if (error.rule == "registro_inexistente") {
            return 404;
        }
        if (error.rule == "registro_referido" || error.rule == "linea_referida" ||
            error.rule == "accion_referida") {
            return 409;
        }
        if (error.rule == "convenio_ajeno" || error.rule == "seguimiento_ajeno" ||
            error.rule == "observacion_ajena") {
            return 403;
        }
        if (error.rule == "version_distinta") {
            return 412;
        }
    }
    return 422;
}

// Whether an area may change this follow-up: it answers for the stored one,
// and changes only how it stands (status, date, evidence), never what was
// ordered, to whom or by when.
bool own_follow_up(const std::string& area, const domain::Dataset& before,
                   const domain::AgreementFollowUp& follow_up) {
    for (const auto& kept : before.agreement_follow_ups) {
        if (kept.agreement != follow_up.agreement) {
            continue;
        }
        bool responsible =
            std::find(kept.areas.begin(), kept.areas.end(), area) != kept.areas.end();
        return responsible && kept.areas == follow_up.areas &&
               kept.deadline == follow_up.deadline && kept.instruction == follow_up.instruction;
    }
    return false;  // the unit assigns follow-ups; areas report on them
}

// An operating area records progress only on the convenios it operates,
// and the fulfilment of the agreements it answers for; a juror gives and
// changes only their own scores.
// `before` is the record a change replaces, as stored (set aside from
// `stored` by the write); empty for a new record.
common::FieldErrors own_records_limit(const Caller& caller, const domain::Dataset& stored,
                                      const domain::Dataset& records,
                                      const domain::Dataset& before = {}) {
    common::FieldErrors problems;
    if (caller.has_role(domain::Role::Juror)) {
        for (const auto& score : records.scores) {
            if (score.juror != caller.user->juror.value_or("")) {
                problems.push_back(
                    common::field_error("juror", "calificacion_ajena", {score.juror}));
            }
        }
        return problems;
    }
    if (!caller.has_role(domain::Role::Area)) {
        return problems;
    }
    for (const auto& follow_up : records.agreement_follow_ups) {
        if (!own_follow_up(caller.user->area.value_or(""), before, follow_up)) {
            problems.push_back(
                common::field_error("agreement", "seguimiento_ajeno", {follow_up.agreement}));
        }
    }
    for (const auto& progress : records.convenio_progress) {
        auto convenio =
            std::find_if(stored.convenios.begin(), stored.convenios.end(),
                         [&](const domain::Convenio& c) { return c.key == progress.convenio; });
        if (convenio == stored.convenios.end() || convenio->area != caller.user->area) {
            problems.push_back(
                common::field_error("convenio", "convenio_ajeno", {progress.convenio}));
        }
    }
    return problems;
}

std::string record_text(const domain::Dataset& data, std::string_view array) {
    auto records = records_to_json(data, array);
    return records.empty() ? std::string() : records.front().dump();
}

// «la sesión», «el acuerdo»: one record of the array, with its article.
std::string the_record_of(std::string_view array) {
    auto singular = domain::array_singular(array);
    if (singular.empty()) {
        return std::string(array);
    }
    return (domain::array_is_feminine(array) ? "la " : "el ") + std::string(singular);
}

// Checks the array and the caller's right to write it.
std::optional<Response> refuse_write(const Caller& caller, std::string_view array) {
    if (!is_array(array)) {
        return error_response(404, "", "recurso_inexistente", {array});
    }
    if (!may(caller, Operation::Write, array)) {
        return denied(caller);
    }
    return std::nullopt;
}

// Whether `if_match` (an If-Match header) allows changing a record whose
// version is `version`: absent, «*», or one of its listed ETags.
bool matches(const std::string& if_match, const std::string& version) {
    if (if_match.empty() || if_match == "*") {
        return true;
    }
    std::size_t start = 0;
    while (start < if_match.size()) {
        auto comma = if_match.find(',', start);
        auto end = comma == std::string::npos ? if_match.size() : comma;
        auto tag = if_match.substr(start, end - start);
        tag.erase(0, tag.find_first_not_of(" \t"));
        tag.erase(tag.find_last_not_of(" \t") + 1);
        if (tag.starts_with("W/")) {
            tag.erase(0, 2);
        }
        if (tag == version) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace

std::string record_version(const domain::Dataset& record, std::string_view array) {
    return "\"" + auth::sha256_hex(record_text(record, array)).substr(0, 24) + "\"";
}

Response Records::create(const Caller& caller, std::string_view array, std::string_view body) {
    if (auto refused = refuse_write(caller, array)) {
        return *refused;
    }
    auto parsed = parse_body(body);
    if (auto* bad = std::get_if<Response>(&parsed)) {
        return *bad;
    }
    auto& object = std::get<nlohmann::json>(parsed);
    domain::Dataset created;
    // An agreement recorded in a session takes the next code of its
    // commission and year; the code is never typed.
    bool takes_next_code = array == "agreements" && object.is_object() &&
                           !object.contains("code") && object.contains("session") &&
                           object["session"].is_string();
    // Keys, a session's year, number and status: what the system knows.
    auto sent = object;
    auto assigned = assigned_fields(array, object, institute_today().to_iso());
    // What the record's rules read, asked of the store (its neighbourhood)
    // rather than read whole; a record that does not parse needs nothing.
    // An agreement whose code is still to be given is asked about without
    // one: its session names the series. A key to be assigned is asked
    // candidate by candidate, and each one found joins the neighbourhood.
    auto reads = [&](domain::StoredRecords& stored,
                     const domain::Dataset&) -> std::optional<domain::Dataset> {
        if (!domain::asks_for_neighbourhood(array)) {
            return std::nullopt;
        }
        nlohmann::json fields = with_stand_ins(object, assigned);
        if (takes_next_code) {
            fields["code"] = "";
        }
        auto record = record_from_json(array, fields);
        if (!record) {
            return domain::Dataset{};
        }
        auto near = domain::neighbourhood(stored, *record);
        if (near && assigned.any()) {
            fields = object;
            assign(array, fields, assigned, *near, [&](const std::string& key) {
                auto found = stored.find(domain::RecordRef{std::string(array), key});
                bool held = domain::record_count(found) > 0;
                domain::append(*near, std::move(found));
                return held;
            });
        }
        return near;
    };
    auto written = m_database.write_change(
        {},
        [&](const domain::Dataset& stored,
            const domain::Dataset&) -> common::Result<domain::Write> {
            nlohmann::json fields = object;
            if (takes_next_code) {
                if (auto code = domain::next_agreement_code(stored, fields["session"])) {
                    fields["code"] = *code;
                }
            }
            assign(array, fields, assigned, stored,
                   [&](const std::string& key) { return holds_key(stored, array, key); });
            auto record = record_from_json(array, fields);
            if (!record) {
                auto errors = std::move(record).error();
                drop_errors_of_assigned(errors, array, assigned, sent);
                return errors;
            }
            domain::settle_agreement_codes(stored, *record);
            auto problems = own_records_limit(caller, stored, *record);
            if (problems.empty()) {
                problems = domain::problems_of_new_record(stored, *record);
            }
            if (problems.empty()) {
                problems = domain::held_in_future(*record, institute_today(), false);
            }
            if (!problems.empty()) {
                return problems;
            }
            created = *record;
            domain::Write write;
            write.inserted = *record;
            write.audit.push_back(domain::AuditEntry{caller.actor(), "crear", std::string(array),
                                                     only_key(*record, array), "",
                                                     record_text(*record, array)});
            return write;
        },
        reads);
    if (!written) {
        return errors_response(status_for(written.error()), written.error());
    }
    auto response = json_response(201, records_to_json(created, array, *written).front());
    auto key = only_key(created, array);
    response.headers.emplace_back(
        "Location",
        "/api/v1/" + std::string(array) + "/" +
            (key.empty() && !written->empty() ? std::to_string(written->front()) : key));
    return response;
}

Response Records::patch(const Caller& caller, std::string_view array, const std::string& key,
                        std::string_view body, const std::string& if_match) {
    if (auto refused = refuse_write(caller, array)) {
        return *refused;
    }
    if (caller.has_role(domain::Role::Council) && array == "minutes_observations") {
        return error_response(403, "key", "observacion_ajena");
    }
    auto parsed = parse_body(body);
    if (auto* bad = std::get_if<Response>(&parsed)) {
        return *bad;
    }
    auto& changes = std::get<nlohmann::json>(parsed);
    if (!changes.is_object()) {
        return error_response(422, "", "tipo_objeto", {"otro valor"});
    }
    domain::RecordRef ref{std::string(array), key};
    std::int64_t id = 0;
    if (domain::record_count(m_database.find(ref, &id)) == 0) {
        return error_response(404, "", "registro_inexistente", {array, key});
    }
    auto fields = array_fields(array);
    domain::Dataset after;
    // JSON merge patch (RFC 7396): null removes a field.
    auto merged_record = [&](const nlohmann::json& current) {
        nlohmann::json merged = nlohmann::json::parse(current.dump());
        merged.merge_patch(changes);
        return record_from_json(array, merged);
    };
    // The changed record's neighbourhood, and the stored version's, asked
    // of the store.
    auto reads = [&](domain::StoredRecords& stored,
                     const domain::Dataset& current) -> std::optional<domain::Dataset> {
        if (!domain::asks_for_neighbourhood(array)) {
            return std::nullopt;
        }
        auto current_json = records_to_json(current, array, {id});
        if (current_json.empty()) {
            return domain::Dataset{};
        }
        auto record = merged_record(current_json.front());
        if (!record) {
            return domain::Dataset{};
        }
        // What the record named before the change too (an area's limits
        // look at the convenio its progress was on), and who names the
        // lines and actions a programme's change drops.
        return domain::change_neighbourhood(stored, *record, current);
    };
    // The change is merged into the record as stored inside the write
    // transaction, not as read before it: two changes of different fields
    // made at once both land, and If-Match is checked against it.
    auto written = m_database.write_change(
        {ref},
        [&](const domain::Dataset& stored,
            const domain::Dataset& current) -> common::Result<domain::Write> {
            auto current_json = records_to_json(current, array, {id});
            if (current_json.empty()) {
                return common::FieldErrors{
                    common::field_error("", "registro_inexistente", {std::string(array), key})};
            }
            if (!matches(if_match, record_version(current, array))) {
                return common::FieldErrors{
                    common::field_error("", "version_distinta", {std::string(array), key})};
            }
            if (!fields.key.empty() && changes.contains(fields.key) &&
                changes[fields.key] != nlohmann::json(current_json.front()[fields.key])) {
                return common::FieldErrors{
                    common::field_error(fields.key, "clave_inmutable", {fields.key})};
            }
            auto record = merged_record(current_json.front());
            if (!record) {
                return std::move(record).error();
            }
            // References are settled; a stored code is the record's key and
            // stays as it is, whatever its commission's pattern says now.
            domain::settle_agreement_codes(stored, *record);
            for (auto& agreement : record->agreements) {
                agreement.code = key;
            }
            auto problems = own_records_limit(caller, stored, current, current);
            auto more = own_records_limit(caller, stored, *record, current);
            problems.insert(problems.end(), more.begin(), more.end());
            if (problems.empty()) {
                problems = domain::problems_of_new_record(stored, *record);
            }
            if (problems.empty()) {
                problems = domain::held_in_future(*record, institute_today(), false);
            }
            if (problems.empty()) {
                problems = domain::dropped_parts_held(stored, current, *record);
            }
            if (!problems.empty()) {
                return problems;
            }
            after = *record;
            domain::Write write;
            write.replaced.push_back(domain::Replacement{ref, *record});
            write.audit.push_back(
                domain::AuditEntry{caller.actor(), "modificar", std::string(array), key,
                                   record_text(current, array), record_text(*record, array)});
            return write;
        },
        reads);
    if (!written) {
        return errors_response(status_for(written.error()), written.error());
    }
    auto response = json_response(200, records_to_json(after, array, {id}).front());
    response.headers.emplace_back("ETag", record_version(after, array));
    return response;
}

Response Records::remove(const Caller& caller, std::string_view array, const std::string& key,
                         const std::string& if_match) {
    if (auto refused = refuse_write(caller, array)) {
        return *refused;
    }
    // An area reports on a follow-up; removing it is the unit's. A
    // councillor's observation, once made, stays as made.
    if (caller.has_role(domain::Role::Area) && array == "agreement_follow_ups") {
        return error_response(403, "agreement", "seguimiento_ajeno", {key});
    }
    if (caller.has_role(domain::Role::Council) && array == "minutes_observations") {
        return error_response(403, "key", "observacion_ajena");
    }
    // The expediente outlives no record: a record with files stays until
    // they are accounted for (files are never deleted).
    if (auto files = m_database.record_files(std::string(array), key); !files.empty()) {
        return error_response(
            409, "", "registro_con_archivos",
            {array, key, lang::counted(static_cast<long>(files.size()), "archivo")});
    }
    domain::RecordRef ref{std::string(array), key};
    // What the record names, and who names it (asked of the store field by
    // field): not the whole database.
    auto reads = [&](domain::StoredRecords& stored,
                     const domain::Dataset& current) -> std::optional<domain::Dataset> {
        return domain::removal_neighbourhood(stored, array, current);
    };
    auto written = m_database.write_change(
        {ref},
        [&](const domain::Dataset& stored,
            const domain::Dataset& current) -> common::Result<domain::Write> {
            if (!matches(if_match, record_version(current, array))) {
                return common::FieldErrors{
                    common::field_error("", "version_distinta", {std::string(array), key})};
            }
            auto problems = own_records_limit(caller, stored, current);
            if (!problems.empty()) {
                return problems;
            }
            auto holders = domain::referrers(stored, array, key);
            if (!holders.empty()) {
                return common::FieldErrors{common::field_error(
                    "", "registro_referido",
                    {the_record_of(array), key, domain::counted_holders(holders)})};
            }
            domain::Write write;
            write.removed.push_back(ref);
            write.audit.push_back(domain::AuditEntry{caller.actor(), "eliminar", std::string(array),
                                                     key, record_text(current, array), ""});
            return write;
        },
        reads);
    if (!written) {
        return errors_response(status_for(written.error()), written.error());
    }
    return Response{204, "", "", {}};
}

}  // namespace vincula::api
