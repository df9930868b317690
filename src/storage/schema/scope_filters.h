#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vincula::storage::schema {

// The condition (SQL over the array's own table, with the named parameters
// :commission, :from and :to) that picks the records of one array a report
// of one commission over one period can use: the commission's own, those
// dated in the period that serve one of its programmed actions. Empty: every record (small
// tables others refer to). "0": none (contacts, jurors… no report prints).
std::string_view scope_filter(std::string_view array);

// A filter in PostgreSQL's terms: named parameters become $first, $first+1…
// in the order of `parameters` (only those it uses, since PostgreSQL cannot
// type a parameter a statement never mentions), and "0" becomes FALSE.
struct PositionalFilter {
    std::string condition;
    std::vector<std::string> parameters;  // "commission", "from", "to"
};
PositionalFilter positional(std::string_view filter, int first = 1);

}  // namespace vincula::storage::schema
