#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "domain/programme.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

// A work programme's lines and actions live in programme_lines and
// programme_actions (not in a JSON column) because activities, documents and
// no-activity statements refer to actions by key with foreign keys.
void insert_programme_lines(Sql& sql, std::int64_t programme_id,
                            const domain::WorkProgramme& programme);

// Drops a programme's lines (and, by cascade, its actions) before they are
// written again.
void remove_programme_lines(Sql& sql, std::int64_t programme_id);

void load_programme_lines(
    Sql& sql, const std::vector<std::pair<std::int64_t, domain::WorkProgramme*>>& programmes);

}  // namespace vincula::storage::postgres
