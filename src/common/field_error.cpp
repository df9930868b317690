#include "common/field_error.h"

namespace vincula::common {

std::string to_display(const FieldError& error) {
    if (error.field.empty()) {
        return error.message;
    }
    return error.field + ": " + error.message;
}

std::string join_path(const std::string& path, const std::string& member) {
    if (path.empty()) {
        return member;
    }
    if (member.empty()) {
        return path;
    }
    if (member.front() == '[') {
        return path + member;
    }
    return path + "." + member;
}

std::string index_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

void prefix_fields(FieldErrors& errors, const std::string& prefix) {
    for (auto& error : errors) {
        error.field = join_path(prefix, error.field);
    }
}

}  // namespace vincula::common
