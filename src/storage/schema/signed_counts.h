#pragma once

#include <optional>
#include <string>

#include "common/date.h"
#include "domain/signed_count.h"

// How both SQL backends count the convenio records signed in a span (the
// register's figures) instead of reading them.
namespace vincula::storage::schema {

// One row per type, in force or not (1 or 0) and first counterpart's sector
// (NULL: none on record): type, in_force, sector, records. Named
// parameters :from and :to (positional() makes them PostgreSQL's); an open
// start is passed as "0000-01-01".
std::string signed_count_select();

// What :from binds for a span starting on `from` (every earlier day when
// nothing).
std::string span_start(const std::optional<common::Date>& from);

// Adds one row of the select (its type and sector as stored) to `count`.
void add_signed_row(domain::RecordCount& count, const std::string& type, bool in_force,
                    const std::optional<std::string>& sector, long records);

}  // namespace vincula::storage::schema
