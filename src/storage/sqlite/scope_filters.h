#pragma once

#include <string_view>

namespace vincula::storage::sqlite {

// The condition (SQL over the array's own table, with the named parameters
// :commission, :from and :to) that picks the records of one array a report
// of one commission over one period can use: the commission's own, those
// dated in the period that serve one of its programmed actions. Empty: every record (small
// tables others refer to). "0": none (contacts, jurors… no report prints).
std::string_view scope_filter(std::string_view array);

}  // namespace vincula::storage::sqlite
