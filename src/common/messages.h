#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "common/field_error.h"

namespace vincula::common {

// The catalogue of user-facing messages, keyed by rule id. Tests assert the
// rule id and the field; people read the Spanish text. Arguments replace
// {0}, {1}, … in the catalogue's template.
std::string message(std::string_view rule, std::initializer_list<std::string_view> arguments = {});

// Replaces {0}, {1}, … in `text` with the arguments (any catalogue of
// sentences, not only this one, fills its templates this way).
std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::string_view> arguments);

// Builds a FieldError whose message comes from the catalogue.
FieldError field_error(std::string field, std::string_view rule,
                       std::initializer_list<std::string_view> arguments = {});

// True when the catalogue has a template for `rule` (used by tests to keep
// every rule id the code emits documented).
bool has_message(std::string_view rule);

}  // namespace vincula::common
