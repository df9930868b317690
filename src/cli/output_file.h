#pragma once

#include <string>
#include <string_view>

namespace vincula::cli {

// Writes next to the target and renames, so a reader never sees half a file
// and a failed write leaves the old file as it was.
bool write_whole_file(const std::string& path, std::string_view bytes);

}  // namespace vincula::cli
