#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/field_error.h"
#include "domain/dataset.h"

// The fields of a new record sent without them that the system fills
// (domain/assigned_fields.h): its key; a session's year (its date's),
// number (the next of its series) and, dated after today, its status
// («programada»). Nobody types what the system knows.
namespace vincula::api {

struct Assigned {
    bool key = false;
    bool number = false;

    bool any() const { return key || number; }
};

// What `fields` (the JSON of a new record of `array`) leaves to the system.
// Fills at once what needs nothing stored: a session's year and status.
Assigned assigned_fields(std::string_view array, nlohmann::json& fields,
                         const std::string& today_iso);

// `fields` with what `assigned` names set to a stand-in («», 0), so the
// record parses before its values are known.
nlohmann::json with_stand_ins(const nlohmann::json& fields, const Assigned& assigned);

// Sets what `assigned` names in `fields`: the number from the series held
// by `near` (the stored records around the new one), then the key, the
// first candidate `taken` does not claim.
void assign(std::string_view array, nlohmann::json& fields, const Assigned& assigned,
            const domain::Dataset& near, const std::function<bool(const std::string&)>& taken);

// A record the system could not complete (a session without its date)
// is refused for what was sent, not for what it would have filled: drops
// the errors on the fields `assigned` (and a session's year and status,
// when left out) stand for.
void drop_errors_of_assigned(common::FieldErrors& errors, std::string_view array,
                             const Assigned& assigned, const nlohmann::json& sent);

// Whether `stored` holds a record of `array` with this key.
bool holds_key(const domain::Dataset& stored, std::string_view array, const std::string& key);

}  // namespace vincula::api
