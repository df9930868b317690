#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "api/caller.h"

// Who may read and write what (docs/roles.md). One table, consulted by
// every route, so the route × role test checks the same rules users meet.
namespace vincula::api {

enum class Operation { Read, Write };

// Whether the caller may read or write records of `array` at all. Record
// level limits (an area's own convenios) are applied by the operation.
bool may(const Caller& caller, Operation operation, std::string_view array);

// The filter a caller's reads are held to: the public sees convenios in
// force only; a juror sees their own scores only (the pages show the others'
// once results are published). Empty when there is none.
std::optional<std::pair<std::string, std::string>> forced_filter(const Caller& caller,
                                                                 std::string_view array);

// Whole-database operations: users, import, export.
bool is_administrator(const Caller& caller);
// The change history: administrators and councillors (who review).
bool may_read_audit(const Caller& caller);
// Reports and the consistency review: every signed-in role but jurors.
bool may_read_reports(const Caller& caller);

// Approving a report for publication: councillors (and administrators).
bool may_approve_reports(const Caller& caller);

// Arrays that hold personal data of private persons (contacts of networks,
// contest entrants, many of them minors, jurors' scores).
bool holds_personal_data(std::string_view array);

}  // namespace vincula::api
