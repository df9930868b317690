#include "domain/progress_action.h"

#include <set>

#include "domain/programme.h"
#include "lang/text.h"

namespace vincula::domain {
namespace {

const WorkProgramme* programme_of(const Dataset& data, const std::string& session_key) {
    for (const auto& session : data.sessions) {
        if (session.key != session_key) {
            continue;
        }
        for (const auto& programme : data.work_programmes) {
            if (programme.commission == session.commission &&
                programme.year == session.date.year()) {
                return &programme;
            }
        }
    }
    return nullptr;
}

}  // namespace

std::vector<ActionChoice> progress_actions(const Dataset& data, const std::string& session) {
    std::vector<ActionChoice> choices;
    const auto* programme = programme_of(data, session);
    if (programme == nullptr) {
        return choices;
    }
    for (const auto& line : programme->lines) {
        for (const auto& action : line.actions) {
            choices.push_back(
                {action_key(programme->key, line.number, action.letter),
                 std::to_string(line.number) + " " + action.letter + ") " + action.text});
        }
    }
    return choices;
}

std::vector<std::string> convenio_actions(const Dataset& data, const WorkProgramme& programme) {
    std::set<std::string> used;
    for (const auto& progress : data.convenio_progress) {
        if (progress.action) {
            used.insert(*progress.action);
        }
    }
    std::vector<std::string> tied;
    std::vector<std::string> about_convenios;
    for (const auto& line : programme.lines) {
        for (const auto& action : line.actions) {
            auto key = action_key(programme.key, line.number, action.letter);
            if (used.contains(key)) {
                tied.push_back(key);
            } else if (lang::to_lower(action.text).find("convenio") != std::string::npos) {
                about_convenios.push_back(key);
            }
        }
    }
    return tied.empty() ? about_convenios : tied;
}

std::optional<std::string> obvious_progress_action(const Dataset& data,
                                                   const std::string& session) {
    const auto* programme = programme_of(data, session);
    if (programme == nullptr) {
        return std::nullopt;
    }
    auto actions = convenio_actions(data, *programme);
    if (actions.size() != 1) {
        return std::nullopt;
    }
    return actions.front();
}

}  // namespace vincula::domain
