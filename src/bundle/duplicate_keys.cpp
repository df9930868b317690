#include "bundle/duplicate_keys.h"

#include "common/messages.h"

namespace vincula::bundle {

using Event = nlohmann::json::parse_event_t;

void DuplicateKeyFinder::count_element() {
    if (!m_frames.empty() && m_frames.back().is_array) {
        ++m_frames.back().index;
    }
}

std::string DuplicateKeyFinder::current_path() const {
    std::string path;
    for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
        const auto& frame = m_frames[i];
        path = frame.is_array ? common::index_path(path, static_cast<std::size_t>(frame.index))
                              : common::join_path(path, frame.key);
    }
    return path;
}

bool DuplicateKeyFinder::operator()(int, Event event, nlohmann::json& parsed) {
    switch (event) {
        case Event::object_start:
            count_element();
            m_frames.push_back(Frame{});
            break;
        case Event::array_start:
            count_element();
            m_frames.emplace_back();
            m_frames.back().is_array = true;
            break;
        case Event::object_end:
        case Event::array_end:
            if (!m_frames.empty()) {
                m_frames.pop_back();
            }
            break;
        case Event::key: {
            auto& frame = m_frames.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second) {
                m_errors.push_back(common::field_error(common::join_path(current_path(), frame.key),
                                                       "clave_json_unica", {frame.key}));
            }
            break;
        }
        case Event::value:
            count_element();
            break;
    }
    return true;
}

}  // namespace vincula::bundle
