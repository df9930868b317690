#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "domain/programme.h"

namespace vincula::storage::sqlite {

// A work programme's lines and actions live in programme_lines and
// programme_actions (not in a JSON column) because activities, documents and
// no-activity statements refer to actions by key with foreign keys.
void insert_programme_lines(SQLite::Database& database, int64_t programme_id,
                            const domain::WorkProgramme& programme);

void load_programme_lines(
    SQLite::Database& database,
    const std::vector<std::pair<int64_t, domain::WorkProgramme*>>& programmes);

}  // namespace vincula::storage::sqlite
