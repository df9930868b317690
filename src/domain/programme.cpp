#include "domain/programme.h"

namespace vincula::domain {

std::string action_key(const std::string& programme, int line, const std::string& letter) {
    return line_key(programme, line) + "/" + letter;
}

std::string line_key(const std::string& programme, int line) {
    return programme + "/" + std::to_string(line);
}

std::string programme_heading(const WorkProgramme& programme) {
    return programme.title.value_or("Programa Anual de Trabajo " + std::to_string(programme.year));
}

std::optional<std::string> programme_abbreviation(const WorkProgramme& programme) {
    if (programme.abbreviation || programme.title) {
        return programme.abbreviation;
    }
    return "PAT";
}

std::string programme_called(const WorkProgramme& programme, bool several) {
    auto year = std::to_string(programme.year);
    if (auto abbreviation = programme_abbreviation(programme)) {
        return *abbreviation + (several ? " " + year : "");
    }
    return "programa" + (several ? " de " + year : "");
}

}  // namespace vincula::domain
