#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Records describe their fields once, in a static `describe(self, visitor)`
// that calls `visitor.field(name, member, spec)` for each field in bundle
// order. Every layer that maps records (bundle JSON, SQL rows, reference
// checks) is a visitor, so a field added to a record reaches all of them.
namespace vincula::domain {

// What a field's value refers to, for reference checks, foreign keys and
// "who refers to this" answers.
enum class Refers {
    Nothing,
    Areas,
    People,
    Organizations,
    Commissions,
    Memberships,
    Sessions,
    Agreements,
    Actions,  // "<work programme key>/<line>/<letter>"
    DocumentSeries,
    Documents,
    Convenios,
    Networks,
    Contests,
    Registrations,
    Jurors,
    // A work programme, one of its lines or one of its actions: "pat-2021",
    // "pat-2021/2" or "pat-2021/2/C" (what an action text is attached to).
    ProgrammeParts,
};

// Number of kinds of reference, for tables indexed by Refers.
inline constexpr std::size_t REFERS_COUNT = static_cast<std::size_t>(Refers::ProgrammeParts) + 1;

// How a text field is read.
enum class TextRule {
    NonEmpty,       // any non-empty text
    AgreementCode,  // CVOE/036/21 or CVOE/036/2021, stored canonical
    Email,
    Country,  // ISO 3166 alpha-2 or a country name
};

struct FieldSpec {
    Refers refers = Refers::Nothing;
    TextRule text = TextRule::NonEmpty;
    // The record's identity within its array: unique, and what other records
    // and the API's /{array}/{key} use.
    bool is_key = false;
    // Kept out of the record's own table by storage (work programme lines,
    // which have tables of their own because activities refer to actions).
    bool stored_apart = false;
};

inline constexpr FieldSpec key_field() {
    return FieldSpec{.is_key = true};
}
inline constexpr FieldSpec refers_to(Refers refers) {
    return FieldSpec{.refers = refers};
}
inline constexpr FieldSpec agreement_ref() {
    return FieldSpec{.refers = Refers::Agreements, .text = TextRule::AgreementCode};
}

// A visitor that does nothing: used to recognise describable records.
struct NullVisitor {
    template <class T>
    void field(std::string_view, T&, FieldSpec = {}) {}
};

template <class T>
concept Record = std::is_class_v<T> && requires(T& record, NullVisitor& visitor) {
    T::describe(record, visitor);
};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// Named counts such as {"noticias": 50}; ordered so export is canonical.
using Counts = std::map<std::string, long>;

}  // namespace vincula::domain
