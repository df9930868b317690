#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/records.h"
#include "common/field_error.h"
#include "domain/dataset.h"
#include "domain/describe.h"

// A form for any array of the bundle, read off the records' describe(): the
// same fields, names and types the API takes, so a form is a JSON body
// written by a browser and the API's rules judge it.
namespace vincula::web {

enum class InputKind {
    Text,
    LongText,  // a textarea: titles, prose
    Email,
    Integer,
    Decimal,
    Checkbox,
    Date,
    Time,
    Choice,     // an enumeration: a select of its values
    Reference,  // a select of the referred array's records
    References,
    Lines,   // a list of texts, one per line
    Counts,  // named counts, «nombre: número» per line
    Rows,    // a list of flat records (a contest's categories): a table of inputs
    Json,    // deeper nested records (a programme's lines): JSON, for the rare expert edit
};

struct FormField {
    std::string name;  // the bundle's field name; «ceremony.date» when nested
    std::string label;
    InputKind kind = InputKind::Text;
    bool required = false;
    bool is_key = false;
    // Filled by the system when left empty (a key, an agreement's code, a
    // session's year and number): a new record's form keeps it aside.
    bool assigned = false;
    std::string hint;    // what the field takes, said under it
    std::string preset;  // the choice a new record starts with (its default)
    domain::Refers refers = domain::Refers::Nothing;
    std::vector<std::string> choices;  // wire values of an enumeration
    std::vector<FormField> columns;    // a Rows field's: one per field of its records
};

// The fields of `array`'s records, in bundle order; empty for no array.
std::vector<FormField> form_fields(std::string_view array);

// The JSON body a form stands for. Empty inputs are left out of a new
// record (the API then names what is required) and are null in a change
// (merge-patch: the field is cleared). Numbers that do not read as numbers
// travel as text, so the API's Spanish message names them.
nlohmann::json form_to_json(const std::vector<FormField>& fields, const api::Query& form,
                            bool change);

// What the form template shows: one entry per field with its label, input,
// current value, options and its errors. `values` is the record as JSON
// (editing) or the JSON of the posted form (after a refusal).
nlohmann::json form_view(const std::vector<FormField>& fields, const nlohmann::json& values,
                         const common::FieldErrors& errors, const domain::Dataset& data,
                         bool editing);

// The errors no field of the form shows (a rule on the whole record).
common::FieldErrors errors_outside(const std::vector<FormField>& fields,
                                   const common::FieldErrors& errors);

}  // namespace vincula::web
