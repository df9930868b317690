#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.h"
#include "domain/dataset.h"
#include "render/json/json_text.h"

// One array's records as the API speaks them: JSON objects with the
// bundle's field names (spec/BUNDLE.md), read and written by the bundle's own
// record reader and writer so the API and the bundle never disagree.
namespace vincula::api {

// What a list request may filter and sort on, and the record's key field
// (empty: its records are addressed by the number the store gave them).
struct ArrayFields {
    std::string key;
    std::vector<std::string> scalar;  // fields with one plain value each
    bool has(std::string_view field) const;
};

bool is_array(std::string_view array);
ArrayFields array_fields(std::string_view array);

// The records of `array` in `data`, as JSON objects. Arrays without a key
// field carry the store's number as "id", since that is their address.
nlohmann::ordered_json records_to_json(const domain::Dataset& data, std::string_view array,
                                       const std::vector<std::int64_t>& ids = {});

// The same as json_response would write of records_to_json(…) — a JSON
// array — or of its one element at `index`, byte for byte, but written
// straight to text: the API's reads answer thousands of times a second, and
// building the ordered_json tree cost as much as reading the records.
std::string records_json_text(const domain::Dataset& data, std::string_view array,
                              const std::vector<std::int64_t>& ids = {});
std::string record_json_text(const domain::Dataset& data, std::string_view array, std::size_t index,
                             std::int64_t id = 0);

// `text` as a JSON string, quotes included, as json_response writes it.
using render::json::append_json_string;

// The value of a scalar field of the record at `index`, as the API writes
// it ("vigente", "2021-10-01"), or nothing when the field is absent.
std::optional<std::string> field_text(const domain::Dataset& data, std::string_view array,
                                      std::size_t index, std::string_view field);

// One record read from a request body; errors name fields as in the record.
common::Result<domain::Dataset> record_from_json(std::string_view array,
                                                 const nlohmann::json& object);

// The key (or, keyless, "") of the only record of `array` in `data`.
std::string only_key(const domain::Dataset& data, std::string_view array);

}  // namespace vincula::api
