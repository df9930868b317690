#include "report/people_words.h"

#include "lang/names.h"
#include "lang/text.h"

namespace vincula::report {
namespace {

using domain::Gender;

std::string article_for(const domain::Person& person) {
    switch (person.gender) {
        case Gender::Female:
            return "la ";
        case Gender::Male:
            return "el ";
        case Gender::NonBinary:
            return "";
    }
    return "";
}

std::string honorific_phrase(const domain::Person& person, const std::string& name) {
    if (!person.honorific || person.honorific->empty()) {
        return name;
    }
    return article_for(person) + *person.honorific + " " + name;
}

// «las consejeras electorales A y B», «el consejero electoral C».
std::string group_of(Gender gender, const std::vector<std::string>& names) {
    bool one = names.size() == 1;
    std::string words;
    switch (gender) {
        case Gender::Female:
            words = one ? "la consejera electoral " : "las consejeras electorales ";
            break;
        case Gender::Male:
            words = one ? "el consejero electoral " : "los consejeros electorales ";
            break;
        case Gender::NonBinary:
            words =
                one ? "la persona consejera electoral " : "las personas consejeras electorales ";
            break;
    }
    return words + lang::join_list(names);
}

}  // namespace

bool is_feminine(const domain::Person& person) {
    return person.gender == Gender::Female;
}

std::string person_phrase(const domain::Person& person) {
    return honorific_phrase(person, person.name);
}

std::string short_person_phrase(const domain::Person& person) {
    return honorific_phrase(person, surnames(person));
}

std::string councillor(const domain::Person& person) {
    return group_of(person.gender, {person.name});
}

std::string councillors(const std::vector<const domain::Person*>& people) {
    // A group of one gender keeps the order given; a mixed one is said
    // gender by gender, each group in the order given.
    std::vector<std::pair<Gender, std::vector<std::string>>> groups;
    bool all_men = true;
    for (const auto* person : people) {
        all_men = all_men && person->gender == Gender::Male;
    }
    if (all_men || people.size() <= 1) {
        std::vector<std::string> names;
        for (const auto* person : people) {
            names.push_back(person->name);
        }
        return names.empty() ? "" : group_of(people.front()->gender, names);
    }
    for (Gender gender : {Gender::Female, Gender::Male, Gender::NonBinary}) {
        std::vector<std::string> names;
        for (const auto* person : people) {
            if (person->gender == gender) {
                names.push_back(person->name);
            }
        }
        if (!names.empty()) {
            groups.emplace_back(gender, std::move(names));
        }
    }
    std::string text;
    bool several_in_a_group = false;
    for (const auto& group : groups) {
        several_in_a_group = several_in_a_group || group.second.size() > 1;
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (i > 0) {
            bool last = i + 1 == groups.size();
            text += last ? (several_in_a_group ? ", y " : " y ") : ", ";
        }
        text += group_of(groups[i].first, groups[i].second);
    }
    return text;
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

std::string surnames(const domain::Person& person) {
    if (person.surnames && !person.surnames->empty()) {
        return *person.surnames;
    }
    return lang::surnames_of(person.name);
}

}  // namespace vincula::report
