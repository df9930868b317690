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
    AgreementCode,  // CVOE/036/21, INE/CG123/2021: stored in its series' form
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
    // Prose (a description, a convenio's object): a longer text is allowed
    // than for names and titles.
    bool prose = false;
    // The bounds of a number. Every number of the domain counts or orders
    // something, so none is negative; the upper bound keeps what pages and
    // documents print (ordinals, years) within what they can say.
    long min = 0;
    long max = 1'000'000'000;
    // A field a record may leave out: its member's initial value stands
    // (a style everyone but a few institutes uses).
    bool defaulted = false;
};

// The longest text a field may hold, in characters: names and titles, and
// prose. Real records stay far below (the longest title of the seed has 299,
// its longest description 3,583).
inline constexpr std::size_t MAX_TEXT_LENGTH = 2'000;
inline constexpr std::size_t MAX_PROSE_LENGTH = 50'000;

inline constexpr FieldSpec key_field() {
    return FieldSpec{.is_key = true};
}
inline constexpr FieldSpec defaulted() {
    return FieldSpec{.defaulted = true};
}
inline constexpr FieldSpec refers_to(Refers refers) {
    return FieldSpec{.refers = refers};
}
inline constexpr FieldSpec prose() {
    return FieldSpec{.prose = true};
}
inline constexpr FieldSpec bounded(long min, long max) {
    return FieldSpec{.min = min, .max = max};
}
// A year of the institute's life, as sessions, programmes and codes state it.
inline constexpr FieldSpec year_field() {
    return bounded(1900, 2200);
}
// A number that is printed as an ordinal («Décima segunda»), 1 to 999.
inline constexpr FieldSpec ordinal_field() {
    return bounded(1, 999);
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
