#pragma once

#include <string>

#include "domain/dataset.h"
#include "domain/store.h"

// Pages read what they show, not the database: the records of a list
// query, and the records those name, each asked of the store by its key.
// Their cost follows the page, however many years the institute holds.
namespace vincula::web {

// Every record `query` matches, page after page (its limit and cursor are
// the reader's own).
domain::Dataset every_record(domain::Store& store, domain::ListQuery query);
// Every record of `array`.
domain::Dataset every_record(domain::Store& store, const std::string& array);

// Every record of `array` whose scalar `field` holds `value`.
domain::Dataset records_where(domain::Store& store, const std::string& array,
                              const std::string& field, const std::string& value);

// Adds to `data` the records its records name (the areas, sessions and
// organizations of a convenio's progress…) and, `depth` levels down, those
// these name (the sessions' commissions): each once, each by its key.
void add_named(domain::Store& store, domain::Dataset& data, int depth = 2);

}  // namespace vincula::web
