#include "support/prepared_once.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace vincula::testing {
namespace {

namespace fs = std::filesystem;

// What changes when the file is rebuilt or edited.
std::string identity(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        throw std::runtime_error("cannot stat " + path);
    }
    return std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec) + "/" +
           std::to_string(info.st_size);
}

}  // namespace

namespace {

std::string source_dir() {
    const char* source = std::getenv("VINCULA_SOURCE_DIR");
    return source != nullptr ? source : VINCULA_SOURCE_DIR_DEFAULT;
}

}  // namespace

std::string demo_bundle() {
    return source_dir() + "/data/demo/iecm-cvoe-2021-q4.json";
}

std::string test_bundle(const std::string& name) {
    return source_dir() + "/tests/data/" + name;
}

std::string prepared_once(const std::string& name, const std::vector<std::string>& inputs,
                          const std::string& version,
                          const std::function<void(const std::string& directory)>& prepare) {
    fs::path root = VINCULA_TEST_CACHE_DIR;
    fs::create_directories(root);
    std::string identities = version;
    for (const auto& input : inputs) {
        identities += "|" + identity(input);
    }
    auto current = name + "-" + std::to_string(std::hash<std::string>{}(identities));
    auto ready = root / current;
    if (fs::exists(ready / ".listo")) {
        return ready.string();
    }
    auto pattern = (root / "preparing-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (::mkdtemp(buffer.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed in " + root.string());
    }
    std::string preparing = buffer.data();
    try {
        prepare(preparing);
        std::ofstream(fs::path(preparing) / ".listo") << "listo\n";
    } catch (...) {
        fs::remove_all(preparing);
        throw;
    }
    // Published whole by one rename; if another process was first, its
    // copy is as good as ours.
    std::error_code published;
    fs::rename(preparing, ready, published);
    if (published) {
        fs::remove_all(preparing);
    }
    // Copies made for earlier builds are of no further use.
    for (const auto& entry : fs::directory_iterator(root)) {
        auto other = entry.path().filename().string();
        if (other.starts_with(name + "-") && other != current) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored);
        }
    }
    return ready.string();
}

}  // namespace vincula::testing
