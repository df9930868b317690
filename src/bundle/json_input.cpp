#include "bundle/json_input.h"

#include "common/messages.h"

namespace vincula::bundle {

bool JsonInputCheck::scan(std::string_view text, common::FieldErrors& errors) {
    JsonInputCheck check(errors);
    return nlohmann::json::sax_parse(text.begin(), text.end(), &check);
}

void JsonInputCheck::count_element() {
    if (!m_frames.empty() && m_frames.back().is_array) {
        ++m_frames.back().index;
    }
}

// The path through the first `depth` frames: with all of them, where the
// next value goes; without the innermost, the object whose key is read.
std::string JsonInputCheck::path_of(std::size_t depth) const {
    std::string path;
    for (std::size_t i = 0; i < depth; ++i) {
        const auto& frame = m_frames[i];
        path = frame.is_array ? common::index_path(path, static_cast<std::size_t>(frame.index))
                              : common::join_path(path, frame.key);
    }
    return path;
}

bool JsonInputCheck::value() {
    count_element();
    return true;
}

bool JsonInputCheck::end() {
    if (!m_frames.empty()) {
        m_frames.pop_back();
    }
    return true;
}

bool JsonInputCheck::start(bool is_array) {
    count_element();
    if (m_frames.size() == MAX_JSON_DEPTH) {
        // Said once, at the container where the limit is crossed; the scan
        // stops here, so nothing deeper is ever built.
        m_errors.push_back(common::field_error(path_of(m_frames.size()), "json_profundidad",
                                               {std::to_string(MAX_JSON_DEPTH)}));
        return false;
    }
    m_frames.emplace_back();
    m_frames.back().is_array = is_array;
    return true;
}

bool JsonInputCheck::key(string_t& name) {
    auto& frame = m_frames.back();
    frame.key = name;
    if (!frame.keys.insert(frame.key).second) {
        m_errors.push_back(
            common::field_error(common::join_path(path_of(m_frames.size() - 1), frame.key),
                                "clave_json_unica", {frame.key}));
    }
    return true;
}

common::Result<nlohmann::json> parse_json_input(std::string_view text) {
    common::FieldErrors errors;
    JsonInputCheck::scan(text, errors);
    if (!errors.empty()) {
        return errors;
    }
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        return common::field_error("", "cuerpo_json", {std::to_string(error.byte)});
    } catch (const nlohmann::json::exception&) {
        // The only other refusal of a well-formed text: a number beyond a
        // double (1e400), which has no position.
        return common::field_error("", "numero_representable");
    }
}

}  // namespace vincula::bundle
