#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace vincula::domain {

// An action of a work programme, as a form offers it.
struct ActionChoice {
    std::string key;      // pat-2021/2/C
    std::string caption;  // «2 C) Dar seguimiento a los convenios…»
};

// The actions that progress on a convenio reported in `session` may be tied
// to: those of the work programme of the session's commission for the
// session's year (the programme whose part II reports it). Empty when there
// is no such programme or no such session.
std::vector<ActionChoice> progress_actions(const Dataset& data, const std::string& session);

// The actions of `programme` that follow convenios, in programme order: those
// that progress on convenios was tied to, or else, when none was, those whose
// text speaks of convenios.
std::vector<std::string> convenio_actions(const Dataset& data, const WorkProgramme& programme);

// The one obvious action for such progress, when there is one: among
// progress_actions, the only one that progress was already tied to, or else
// the only one whose text speaks of convenios. Nothing when none or several
// qualify: then a person chooses.
std::optional<std::string> obvious_progress_action(const Dataset& data, const std::string& session);

}  // namespace vincula::domain
