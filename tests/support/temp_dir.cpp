#include "support/temp_dir.h"

#include <filesystem>
#include <stdexcept>
#include <vector>

#include <stdlib.h>

namespace vincula::testing {

TempDir::TempDir() {
    auto pattern = (std::filesystem::temp_directory_path() / "vincula-test-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (mkdtemp(buffer.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_root = buffer.data();
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_root, ignored);
}

std::string TempDir::path(const std::string& name) const {
    return m_root + "/" + name;
}

}  // namespace vincula::testing
