#include "domain/key_index.h"

namespace vincula::domain {

KeyIndex KeyIndex::of(const Dataset& data) {
    KeyIndex index;
    for_each_array(data, [&](ArrayInfo info, const auto& records) {
        if (info.identity == Refers::Nothing) {
            return;
        }
        for (const auto& record : records) {
            index.add(info.identity, record_key(record));
        }
    });
    for (const auto& programme : data.work_programmes) {
        index.add(Refers::ProgrammeParts, programme.key);
        for (const auto& line : programme.lines) {
            index.add(Refers::ProgrammeParts, line_key(programme.key, line.number));
            for (const auto& action : line.actions) {
                auto key = action_key(programme.key, line.number, action.letter);
                index.add(Refers::Actions, key);
                index.add(Refers::ProgrammeParts, key);
            }
        }
    }
    return index;
}

bool KeyIndex::contains(Refers refers, const std::string& key) const {
    return m_keys[static_cast<std::size_t>(refers)].contains(key);
}

void KeyIndex::add(Refers refers, const std::string& key) {
    m_keys[static_cast<std::size_t>(refers)].insert(key);
}

}  // namespace vincula::domain
