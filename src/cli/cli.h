#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "common/result.h"
#include "domain/database.h"

namespace vincula::cli {

// Whether a command may create the database (init) or needs it to exist.
enum class StoreAccess { Create, Existing };

// Opens the store named by --db (a SQLite path or a postgresql:// URL). Given
// by main(), the one place that knows every storage backend.
using StoreOpener = std::function<common::Result<std::unique_ptr<domain::Database>>(
    const std::string& db, StoreAccess)>;

struct Streams {
    std::ostream& out;
    std::ostream& err;
};

// Runs `vincula` with its arguments; returns the process exit code:
// 0 done, 1 the input or the data had problems (nothing written), 2 the
// command line was wrong.
int run(int argc, const char* const* argv, const StoreOpener& open_store, Streams streams);

inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_BAD_INPUT = 1;
inline constexpr int EXIT_USAGE = 2;

// Prints every problem, one per line, and a closing sentence.
void print_problems(std::ostream& err, const common::FieldErrors& problems,
                    const std::string& outcome);

}  // namespace vincula::cli
