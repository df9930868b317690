#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

// What one entry of the history changed, for people: the record's name and,
// field by field, what it said before and after, in Spanish.
namespace vincula::web {

// [{label, before, after}]: each field of a record of `array` whose value
// differs between `before` and `after` (either may be null: a record
// created or removed), labelled as its form labels it and written as its
// list writes it (dates in words, choices by name).
nlohmann::json field_changes(std::string_view array, const nlohmann::json& before,
                             const nlohmann::json& after);

// What a person calls the record the entry is about («Décima sesión
// ordinaria de 2021 (CVOE)», a convenio's title), read from the entry's
// own copy of it; `key` when it cannot say.
std::string changed_record_caption(std::string_view array, const nlohmann::json& before,
                                   const nlohmann::json& after, const std::string& key);

}  // namespace vincula::web
