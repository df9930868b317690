#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "common/field_error.h"

namespace vincula::common {

// Either a value or every problem found with the input that should have
// produced it. Bad input is not exceptional: functions that validate return
// a Result and report all problems at once, never only the first.
// Named after std::expected (value(), error(), has_value()) so it can be
// swapped for it once the toolchain has it.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(FieldErrors errors) : m_state(std::move(errors)) {
        assert(!std::get<1>(m_state).empty());
    }
    Result(FieldError error) : m_state(FieldErrors{std::move(error)}) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const FieldErrors& error() const& { return std::get<1>(m_state); }
    FieldErrors&& error() && { return std::get<1>(std::move(m_state)); }

private:
    std::variant<T, FieldErrors> m_state;
};

// For operations that produce nothing but may fail on input.
struct Done {};
using Outcome = Result<Done>;

inline Outcome ok() {
    return Done{};
}

inline Outcome outcome_of(FieldErrors errors) {
    if (errors.empty()) {
        return Done{};
    }
    return errors;
}

}  // namespace vincula::common
