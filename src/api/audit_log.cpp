#include "api/audit_log.h"

#include <charconv>

#include "api/permissions.h"
#include "api/record_json.h"
#include "common/date.h"
#include "common/messages.h"
#include "domain/neighbourhood.h"

namespace vincula::api {
namespace {

constexpr std::size_t MAXIMUM_LIMIT = 500;

nlohmann::ordered_json stored_json(const std::string& text) {
    if (text.empty()) {
        return nullptr;
    }
    auto parsed = nlohmann::ordered_json::parse(text, nullptr, false);
    return parsed.is_discarded() ? nlohmann::ordered_json(text) : parsed;
}

template <class Number>
bool read_number(const std::string& text, Number& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

// Whether the contents of a history row about `array` may be shown: a
// record's to whom may read records of its array; a whole import or a
// publication (no array) to whoever reads the history; users' accounts and
// the mailings' recipients to administrators only, as their own routes.
bool may_read_history_of(const Caller& caller, const std::string& array) {
    if (is_administrator(caller) || array.empty()) {
        return true;
    }
    // Approvals and withdrawals of reports hold no personal data.
    if (array == "report_publications") {
        return may_read_reports(caller);
    }
    return is_array(array) && may(caller, Operation::Read, array);
}

}  // namespace

Response read_audit(domain::Database& database, const Caller& caller, const Query& query) {
    if (!may_read_audit(caller)) {
        return denied(caller);
    }
    domain::AuditQuery filter;
    common::FieldErrors problems;
    for (const auto& [name, value] : query) {
        if (name == "actor") {
            filter.actor = value;
        } else if (name == "array") {
            filter.array = value;
        } else if (name == "key") {
            filter.key = value;
        } else if (name == "from" || name == "to") {
            if (!common::Date::parse_iso(value)) {
                problems.push_back(common::field_error(name, "fecha_valida", {value}));
            }
            (name == "from" ? filter.from : filter.to) = value;
        } else if (name == "limit") {
            if (!read_number(value, filter.limit) || filter.limit == 0 ||
                filter.limit > MAXIMUM_LIMIT) {
                problems.push_back(common::field_error("limit", "limite_valido",
                                                       {value, std::to_string(MAXIMUM_LIMIT)}));
            }
        } else if (name == "before") {
            if (!read_number(value, filter.before_id)) {
                problems.push_back(common::field_error("before", "limite_valido",
                                                       {value, "el último número recibido"}));
            }
        } else {
            problems.push_back(common::field_error(name, "filtro_desconocido", {name, "audit"}));
        }
    }
    if (!problems.empty()) {
        return errors_response(400, problems);
    }
    auto rows = database.audit(filter);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& row : rows) {
        // The history shows what a record held only to whom may read the
        // record itself; the others see that a change happened, when and by
        // whom, never its contents (a minor's name in a registration, a
        // contact's address) nor, for personal data, its key.
        bool readable = may_read_history_of(caller, row.entry.array);
        bool key_shown =
            readable || (is_array(row.entry.array) && !holds_personal_data(row.entry.array));
        list.push_back({{"id", row.id},
                        {"at", row.at},
                        {"actor", row.entry.actor},
                        {"action", row.entry.action},
                        {"array", row.entry.array},
                        {"key", key_shown ? row.entry.key : ""},
                        {"before", readable ? stored_json(row.entry.before) : nullptr},
                        {"after", readable ? stored_json(row.entry.after) : nullptr},
                        {"contenido_oculto", !readable}});
    }
    nlohmann::ordered_json next = nullptr;
    if (rows.size() == filter.limit && !rows.empty()) {
        next = std::to_string(rows.back().id);
    }
    return json_response(200, {{"registros", list}, {"siguiente", next}});
}

namespace {

void record_personal_data_access(domain::Database& database, const Caller& caller,
                                 std::string_view action, std::string_view array,
                                 const std::string& what, std::size_t rows) {
    // An entry of the log alone: it reads nothing stored.
    (void)database.write_change(
        {},
        [&](const domain::Dataset&, const domain::Dataset&) -> common::Result<domain::Write> {
            domain::Write write;
            write.audit.push_back(domain::AuditEntry{caller.actor(), std::string(action),
                                                     std::string(array), what, "",
                                                     nlohmann::json{{"registros", rows}}.dump()});
            return write;
        },
        domain::reads_nothing());
}

}  // namespace

void record_personal_data_read(domain::Database& database, const Caller& caller,
                               std::string_view array, const std::string& what, std::size_t rows) {
    record_personal_data_access(database, caller, "leer", array, what, rows);
}

void record_personal_data_export(domain::Database& database, const Caller& caller,
                                 std::string_view array, const std::string& what,
                                 std::size_t rows) {
    record_personal_data_access(database, caller, "exportar", array, what, rows);
}

}  // namespace vincula::api
