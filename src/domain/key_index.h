#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/dataset.h"

namespace vincula::domain {

// Every key that a reference may name, by kind: the keys of each referable
// array, the "<programme>/<line>/<letter>" keys of programmed actions, and
// (as programme parts) programmes, lines and actions together.
class KeyIndex {
public:
    static KeyIndex of(const Dataset& data);

    bool contains(Refers refers, const std::string& key) const;
    void add(Refers refers, const std::string& key);

private:
    std::array<std::unordered_set<std::string>, REFERS_COUNT> m_keys;
};

namespace detail {
// Finds the field marked is_key: its name and value.
struct KeyFinder {
    std::string name;
    std::string value;
    template <class F>
    void field(std::string_view field_name, const F& field_value, FieldSpec spec = {}) {
        if (!spec.is_key || !name.empty()) {
            return;
        }
        name = field_name;
        if constexpr (std::is_same_v<F, std::string>) {
            value = field_value;
        }
    }
};
}  // namespace detail

// The key of a record (the field marked is_key), or empty if it has none.
template <Record T>
std::string record_key(const T& record) {
    detail::KeyFinder finder;
    T::describe(record, finder);
    return finder.value;
}

// The records of an array by their key, to look them up as rules do.
template <Record T>
std::unordered_map<std::string, const T*> records_by_key(const std::vector<T>& records) {
    std::unordered_map<std::string, const T*> map;
    map.reserve(records.size());
    for (const auto& record : records) {
        map.emplace(record_key(record), &record);
    }
    return map;
}

// The record of `records` whose key is `key`, or none.
template <Record T>
const T* record_with_key(const std::vector<T>& records, std::string_view key) {
    for (const auto& record : records) {
        if (record_key(record) == key) {
            return &record;
        }
    }
    return nullptr;
}

// The name of a record type's key field ("key", "code", "session",
// "number"), or empty if its records have no key.
template <Record T>
std::string key_field_name() {
    const T sample{};
    detail::KeyFinder finder;
    T::describe(sample, finder);
    return finder.name;
}

}  // namespace vincula::domain
