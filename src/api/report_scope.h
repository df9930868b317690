#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <variant>

#include "api/records.h"
#include "api/response.h"
#include "domain/database.h"
#include "domain/period.h"

namespace vincula::api {

// A report's, a review's or a publication's request: the commission, the
// period (a quarter, or a first and a last day) and the other options the
// endpoint takes (format, version, reason…), by name.
struct ScopeQuery {
    std::string commission;
    std::string from;
    std::string to;
    std::string quarter;
    std::map<std::string, std::string, std::less<>> options;

    std::string option(std::string_view name) const;
};

// Reads the query; a name that is neither the scope's nor in `options` is
// refused, and so is a missing commission (400).
std::variant<ScopeQuery, Response> read_scope_query(
    const Query& query, std::initializer_list<std::string_view> options);

// A JSON body's fields as a query (strings as they are, other values as
// JSON), or the 422 that a body that is not an object deserves.
std::variant<Query, Response> body_fields(std::string_view body);

// What a report or a review of the query's commission and period reads.
struct Reading {
    domain::Dataset data;
    const domain::Commission* commission = nullptr;
    domain::Period period;
};

// The period's scope of the commission the query names (by key or acronym,
// in any case): 400 for a bad period, 404 for an unknown commission.
std::variant<Reading, Response> read_scope(domain::Database& database, const ScopeQuery& query);

}  // namespace vincula::api
