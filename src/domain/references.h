#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/describe.h"

// The references a record makes: every field that names another record,
// nested values included, as the record's description marks them.
namespace vincula::domain {

namespace detail {

template <class F>
class ReferenceVisitor {
public:
    explicit ReferenceVisitor(F& f) : m_f(f) {}

    template <class T>
    void field(std::string_view, const T& value, FieldSpec spec = {}) {
        visit(value, spec);
    }

private:
    void visit(const std::string& value, FieldSpec spec) {
        if (spec.refers != Refers::Nothing && !value.empty()) {
            m_f(spec.refers, value, spec);
        }
    }
    template <class T>
    void visit(const std::optional<T>& value, FieldSpec spec) {
        if (value) {
            visit(*value, spec);
        }
    }
    template <class T>
    void visit(const std::vector<T>& values, FieldSpec spec) {
        for (const auto& value : values) {
            visit(value, spec);
        }
    }
    template <Record T>
    void visit(const T& record, FieldSpec) {
        T::describe(record, *this);
    }
    template <class T>
    void visit(const T&, FieldSpec) {}

    F& m_f;
};

}  // namespace detail

// Calls f(Refers, const std::string& key, FieldSpec) for each non-empty
// reference of `record`; a key field that also names a record (attendance
// is keyed by its session) is one too, with `spec.is_key` set.
template <Record T, class F>
void for_each_reference(const T& record, F&& f) {
    detail::ReferenceVisitor<F> visitor(f);
    T::describe(record, visitor);
}

}  // namespace vincula::domain
