#include "api/assigned_fields.h"

#include "api/record_json.h"
#include "common/date.h"
#include "domain/assigned_fields.h"

namespace vincula::api {
namespace {

bool left_out(const nlohmann::json& fields, const char* name) {
    return !fields.contains(name) || fields[name].is_null() ||
           (fields[name].is_string() && fields[name].get_ref<const std::string&>().empty());
}

}  // namespace

Assigned assigned_fields(std::string_view array, nlohmann::json& fields,
                         const std::string& today_iso) {
    Assigned assigned;
    if (!fields.is_object()) {
        return assigned;
    }
    assigned.key = domain::assigns_key(array) && left_out(fields, "key");
    if (array != "sessions") {
        return assigned;
    }
    std::optional<common::Date> date;
    if (fields.contains("date") && fields["date"].is_string()) {
        date = common::Date::parse_iso(fields["date"].get<std::string>());
    }
    if (date && left_out(fields, "year")) {
        fields["year"] = date->year();
    }
    // A session yet to happen is scheduled; one that happened was held
    // (and one that did not, someone says so).
    if (date && left_out(fields, "status")) {
        fields["status"] = date->to_iso() > today_iso ? "programada" : "celebrada";
    }
    assigned.number = left_out(fields, "number");
    return assigned;
}

nlohmann::json with_stand_ins(const nlohmann::json& fields, const Assigned& assigned) {
    auto stood = fields;
    if (assigned.key) {
        stood["key"] = "";
    }
    if (assigned.number) {
        stood["number"] = 0;
    }
    return stood;
}

void assign(std::string_view array, nlohmann::json& fields, const Assigned& assigned,
            const domain::Dataset& near, const std::function<bool(const std::string&)>& taken) {
    if (assigned.number) {
        auto record = record_from_json(array, with_stand_ins(fields, assigned));
        if (!record || record->sessions.empty()) {
            return;  // the record's own errors are said when it is written
        }
        fields["number"] = domain::next_session_number(near, record->sessions.front());
    }
    if (assigned.key) {
        auto record = record_from_json(array, with_stand_ins(fields, {.key = true}));
        if (!record) {
            return;
        }
        fields["key"] = domain::assigned_key(array, *record, taken);
    }
}

void drop_errors_of_assigned(common::FieldErrors& errors, std::string_view array,
                             const Assigned& assigned, const nlohmann::json& sent) {
    auto stood_for = [&](const std::string& field) {
        bool by_date = array == "sessions" && (field == "year" || field == "status") &&
                       sent.is_object() && left_out(sent, field.c_str());
        return (assigned.key && field == "key") || (assigned.number && field == "number") ||
               by_date;
    };
    auto kept = errors;
    std::erase_if(kept, [&](const common::FieldError& error) { return stood_for(error.field); });
    if (!kept.empty()) {  // never a refusal that says nothing
        errors = std::move(kept);
    }
}

bool holds_key(const domain::Dataset& stored, std::string_view array, const std::string& key) {
    bool held = false;
    domain::with_array(stored, array, [&](domain::ArrayInfo, const auto& records) {
        using R = typename std::decay_t<decltype(records)>::value_type;
        if constexpr (requires(R r) { r.key; }) {
            for (const auto& record : records) {
                held = held || record.key == key;
            }
        }
    });
    return held;
}

}  // namespace vincula::api
