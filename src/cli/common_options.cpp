#include <string>
#include <string_view>

#include "cli/commands.h"
#include "domain/array_words.h"

namespace vincula::cli {

CLI::Option* add_db_option(CLI::App& command, std::string& db) {
    return command
        .add_option("--db", db,
                    "Base de datos: ruta de un archivo SQLite o URL postgresql://… "
                    "(predeterminada: data/vincula.sqlite)")
        ->type_name("BD");
}

std::string count_label(std::string_view array, std::size_t count) {
    return domain::counted_records(array, static_cast<long>(count));
}

}  // namespace vincula::cli
