#pragma once

#include <string>

// How both SQL backends count the convenio records signed in a span (the
// register's figures) instead of reading them.
namespace vincula::storage::schema {

// One row per type, in force or not (1 or 0) and first counterpart's sector
// (NULL: none on record): type, in_force, sector, records. Named
// parameters :from and :to (positional() makes them PostgreSQL's); an open
// start is passed as "0000-01-01".
std::string signed_count_select();

}  // namespace vincula::storage::schema
