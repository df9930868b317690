#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/period.h"
#include "domain/store.h"
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

// One record by its address, in the caller's transaction (a write's too);
// its id in `id` when found.
domain::Dataset find_record(Sql& sql, const domain::RecordRef& ref, std::int64_t* id = nullptr);

// One page of one array, in the caller's transaction.
domain::Page list_records(Sql& sql, const domain::ListQuery& query);

// The records of `array` whose text field `field` begins with `prefix` and
// whose value `keep` accepts, with their ids (in id order), in the caller's
// transaction.
domain::Page records_beginning_with(Sql& sql, const std::string& array, const std::string& field,
                                    const std::string& prefix,
                                    const std::function<bool(const std::string&)>& keep);
// Every record of `array` that names `key` in one of `fields` (columns or
// lists of references), as StoredRecords::naming asks.
domain::Page records_naming(Sql& sql, const std::string& array,
                            const std::vector<std::string>& fields, const std::string& key,
                            bool beneath);
// Every record of `array` whose nested field `field` holds `key` as a text
// value, as StoredRecords::containing asks.
domain::Page records_containing(Sql& sql, const std::string& array, const std::string& field,
                                const std::string& key, bool beneath);

}  // namespace vincula::storage::postgres
