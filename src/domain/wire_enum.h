#pragma once

#include <array>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace vincula::domain {

// Each enumeration of the domain lists its wire values (the Spanish words of
// BUNDLE.md and the API) in a specialisation of WireNames. Generic code reads
// and writes any such enum through these three functions.
template <class E>
struct WireNames;

template <class E>
concept WireEnum = std::is_enum_v<E> && requires {
    WireNames<E>::values;
};

template <WireEnum E>
std::string_view to_wire(E value) {
    for (const auto& [candidate, name] : WireNames<E>::values) {
        if (candidate == value) {
            return name;
        }
    }
    return {};
}

template <WireEnum E>
std::optional<E> from_wire(std::string_view text) {
    for (const auto& [candidate, name] : WireNames<E>::values) {
        if (name == text) {
            return candidate;
        }
    }
    return std::nullopt;
}

// «ordinaria, extraordinaria, urgente»: for messages that list what is allowed.
template <WireEnum E>
std::string allowed_wire_values() {
    std::string out;
    for (const auto& [candidate, name] : WireNames<E>::values) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
    }
    return out;
}

}  // namespace vincula::domain
