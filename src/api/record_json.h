#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.h"
#include "domain/dataset.h"

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

// One record read from a request body; errors name fields as in the record.
common::Result<domain::Dataset> record_from_json(std::string_view array,
                                                 const nlohmann::json& object);

// The key (or, keyless, "") of the only record of `array` in `data`.
std::string only_key(const domain::Dataset& data, std::string_view array);

}  // namespace vincula::api
