#pragma once

#include <string_view>
#include <vector>

namespace vincula::storage::schema {

// One numbered SQL file of migrations/<backend>/, embedded in the binary at
// build time (cmake/vincula_migrations.cmake), so a database can be created
// or upgraded wherever the program runs.
struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

}  // namespace vincula::storage::schema
