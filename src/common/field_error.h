#pragma once

#include <string>
#include <vector>

namespace vincula::common {

// One problem with one piece of input: where it is (a JSON-style path such as
// `sessions[2].date`), which rule it broke (a stable id tests assert on, e.g.
// `fecha_valida`), and the Spanish sentence a person reads.
struct FieldError {
    std::string field;
    std::string rule;
    std::string message;

    bool operator==(const FieldError&) const = default;
};

using FieldErrors = std::vector<FieldError>;

// "sessions[2].date: «…» no es una fecha válida (AAAA-MM-DD)."
std::string to_display(const FieldError& error);

// Prefixes every error's field with `prefix` ("sessions[2]" + "date").
void prefix_fields(FieldErrors& errors, const std::string& prefix);

// Joins a path and a member: ("sessions[2]", "date") -> "sessions[2].date".
std::string join_path(const std::string& path, const std::string& member);
std::string index_path(const std::string& path, std::size_t index);

}  // namespace vincula::common
