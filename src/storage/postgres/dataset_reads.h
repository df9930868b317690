#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/period.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

// The commission and period a scoped read is for.
struct Scope {
    std::string commission;
    domain::Period period;
};

// Every stored record (or those a scope picks), each array in id order.
// `ids`, if given, receives each array's ids, parallel to its records.
domain::Dataset read_dataset(Sql& sql, const Scope* scope = nullptr,
                             std::map<std::string, std::vector<std::int64_t>>* ids = nullptr);

}  // namespace vincula::storage::postgres
