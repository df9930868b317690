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

// The only element of `keys`, if it has exactly one.
std::optional<std::string> single(const std::set<std::string>& keys) {
    if (keys.size() != 1) {
        return std::nullopt;
    }
    return *keys.begin();
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

std::optional<std::string> obvious_progress_action(const Dataset& data,
                                                   const std::string& session) {
    auto choices = progress_actions(data, session);
    std::set<std::string> offered;
    std::set<std::string> about_convenios;
    for (const auto& choice : choices) {
        offered.insert(choice.key);
        if (lang::to_lower(choice.caption).find("convenio") != std::string::npos) {
            about_convenios.insert(choice.key);
        }
    }
    std::set<std::string> used;
    for (const auto& progress : data.convenio_progress) {
        if (progress.action && offered.contains(*progress.action)) {
            used.insert(*progress.action);
        }
    }
    if (!used.empty()) {
        return single(used);
    }
    return single(about_convenios);
}

}  // namespace vincula::domain
