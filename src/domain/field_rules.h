#pragma once

#include <string>
#include <type_traits>

#include "common/field_error.h"
#include "domain/key_index.h"

namespace vincula::domain {

// The longest key a record may have.
inline constexpr std::size_t MAX_KEY_LENGTH = 80;

// A text no longer than its kind may be (MAX_PROSE_LENGTH for prose,
// MAX_TEXT_LENGTH otherwise), counted in characters.
void check_length(const std::string& path, const std::string& value, bool prose,
                  common::FieldErrors& errors);

// The rules a single text value must meet given its FieldSpec: not blank,
// not longer than its kind of text may be, a key's grammar, a valid e-mail or agreement code, and,
// for references, naming a record that exists. Appends problems to `errors` under `path`.
void check_text(const std::string& path, const std::string& value, const FieldSpec& spec,
                const KeyIndex& keys, common::FieldErrors& errors);

// A number within its field's bounds (FieldSpec::min, max).
void check_number(const std::string& path, double value, const FieldSpec& spec,
                  common::FieldErrors& errors);

// Visits a record's fields (recursing into nested records) and applies
// check_text to each text and check_number to each number, in optionals and
// lists too.
class FieldRules {
public:
    FieldRules(const KeyIndex& keys, std::string path, common::FieldErrors& errors)
        : m_keys(keys), m_path(std::move(path)), m_errors(errors) {}

    template <class T>
    void field(std::string_view name, const T& value, FieldSpec spec = {}) {
        visit(common::join_path(m_path, std::string(name)), value, spec);
    }

private:
    template <class T>
    void visit(const std::string& path, const T& value, const FieldSpec& spec) {
        if constexpr (std::is_same_v<T, std::string>) {
            check_text(path, value, spec, m_keys, m_errors);
        } else if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
            check_number(path, static_cast<double>(value), spec, m_errors);
        } else if constexpr (IsOptional<T>::value) {
            if (value) {
                visit(path, *value, spec);
            }
        } else if constexpr (IsVector<T>::value) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                visit(common::index_path(path, i), value[i], spec);
            }
        } else if constexpr (Record<T>) {
            FieldRules nested(m_keys, path, m_errors);
            T::describe(value, nested);
        }
    }

    const KeyIndex& m_keys;
    std::string m_path;
    common::FieldErrors& m_errors;
};

template <Record T>
void check_fields(const T& record, const std::string& path, const KeyIndex& keys,
                  common::FieldErrors& errors) {
    FieldRules rules(keys, path, errors);
    T::describe(record, rules);
}

}  // namespace vincula::domain
