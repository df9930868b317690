#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vincula::domain {

// A contest work's file as uploaded: its name, its type and its bytes.
struct WorkFile {
    std::string name;
    std::string media_type;
    std::string content;
};

// Works' files live apart from the records (a video is megabytes; reading
// the records must not read them). A file is stored before the
// registration that names it by the returned id; one no registration names
// is never shown and can be removed.
class WorkFiles {
public:
    virtual ~WorkFiles() = default;
    virtual std::string store_work_file(const WorkFile& file) = 0;
    virtual std::optional<WorkFile> work_file(const std::string& id) = 0;
    virtual void remove_work_file(const std::string& id) = 0;
};

}  // namespace vincula::domain
