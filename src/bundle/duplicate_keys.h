#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/field_error.h"

namespace vincula::bundle {

// nlohmann::json keeps the last of two equal keys in an object without a
// word; a bundle with `"date"` twice in one session would lose data silently.
// This parser callback notices every repeated key and where it is.
class DuplicateKeyFinder {
public:
    explicit DuplicateKeyFinder(common::FieldErrors& errors) : m_errors(errors) {}

    bool operator()(int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed);

private:
    struct Frame {
        bool is_array = false;
        long index = -1;
        std::string key;
        std::unordered_set<std::string> keys;
    };
    void count_element();
    std::string current_path() const;

    common::FieldErrors& m_errors;
    std::vector<Frame> m_frames;
};

}  // namespace vincula::bundle
