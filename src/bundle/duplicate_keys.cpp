#include "bundle/duplicate_keys.h"

#include "common/messages.h"

namespace vincula::bundle {

bool DuplicateKeyFinder::scan(std::string_view text, common::FieldErrors& errors) {
    DuplicateKeyFinder finder(errors);
    return nlohmann::json::sax_parse(text.begin(), text.end(), &finder);
}

void DuplicateKeyFinder::count_element() {
    if (!m_frames.empty() && m_frames.back().is_array) {
        ++m_frames.back().index;
    }
}

// The path of the object whose key is being read: every enclosing frame but
// the innermost (which is that object itself).
std::string DuplicateKeyFinder::current_path() const {
    std::string path;
    for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
        const auto& frame = m_frames[i];
        path = frame.is_array ? common::index_path(path, static_cast<std::size_t>(frame.index))
                              : common::join_path(path, frame.key);
    }
    return path;
}

bool DuplicateKeyFinder::value() {
    count_element();
    return true;
}

bool DuplicateKeyFinder::end() {
    if (!m_frames.empty()) {
        m_frames.pop_back();
    }
    return true;
}

bool DuplicateKeyFinder::start_object(std::size_t) {
    count_element();
    m_frames.emplace_back();
    return true;
}

bool DuplicateKeyFinder::start_array(std::size_t) {
    count_element();
    m_frames.emplace_back();
    m_frames.back().is_array = true;
    return true;
}

bool DuplicateKeyFinder::key(string_t& name) {
    auto& frame = m_frames.back();
    frame.key = name;
    if (!frame.keys.insert(frame.key).second) {
        m_errors.push_back(common::field_error(common::join_path(current_path(), frame.key),
                                               "clave_json_unica", {frame.key}));
    }
    return true;
}

}  // namespace vincula::bundle
