#pragma once

#include <string>

namespace vincula::testing {

// A fresh directory under the system's temporary directory, removed with
// everything in it when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path(const std::string& name) const;
    const std::string& root() const { return m_root; }

private:
    std::string m_root;
};

}  // namespace vincula::testing
