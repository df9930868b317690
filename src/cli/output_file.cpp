#include "cli/output_file.h"

#include <filesystem>
#include <fstream>

namespace vincula::cli {

bool write_whole_file(const std::string& path, std::string_view bytes) {
    auto temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return false;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    return !error;
}

}  // namespace vincula::cli
