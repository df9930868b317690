#include "report/people_words.h"

#include <sstream>

#include "lang/text.h"

namespace vincula::report {

bool is_feminine(const domain::Person& person) {
    return person.gender == domain::Gender::Female;
}

std::string councillor(const domain::Person& person) {
    return (is_feminine(person) ? "la consejera electoral " : "el consejero electoral ") +
           person.name;
}

std::string councillors(const std::vector<const domain::Person*>& people) {
    std::vector<std::string> names;
    bool all_feminine = true;
    for (const auto* person : people) {
        names.push_back(person->name);
        all_feminine = all_feminine && is_feminine(*person);
    }
    if (names.size() == 1) {
        return councillor(*people.front());
    }
    return (all_feminine ? "las consejeras electorales " : "los consejeros electorales ") +
           lang::join_list(names);
}

std::string councillors_article(const std::vector<const domain::Person*>& people) {
    int women = 0;
    for (const auto* person : people) {
        women += is_feminine(*person) ? 1 : 0;
    }
    int others = static_cast<int>(people.size()) - women;
    if (others == 0) {
        return women == 1 ? "la consejera" : "las consejeras";
    }
    if (women == 0) {
        return others == 1 ? "el consejero" : "los consejeros";
    }
    return std::string(women == 1 ? "la" : "las") + " y " + (others == 1 ? "el" : "los") +
           " consejeros";
}

std::string surnames(const std::string& full_name) {
    std::istringstream words(full_name);
    std::vector<std::string> parts;
    for (std::string word; words >> word;) {
        parts.push_back(word);
    }
    if (parts.size() <= 2) {
        return parts.empty() ? full_name : parts.back();
    }
    return parts[parts.size() - 2] + " " + parts.back();
}

}  // namespace vincula::report
