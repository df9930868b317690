#include "domain/assigned_fields.h"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "lang/text.h"

namespace vincula::domain {
namespace {

// Words a key leaves out: they tell records apart no better than nothing.
const std::set<std::string, std::less<>>& filler_words() {
    static const std::set<std::string, std::less<>> words = {
        "a",  "al",    "con",   "de",   "del", "e",   "el", "en", "la", "las",
        "lo", "los",   "o",     "para", "por", "se",  "su", "u",  "un", "una",
        "y",  "sobre", "entre", "que",  "sus", "the", "of", "and"};
    return words;
}

// The words of `text` as a key spells them: lower case, without accents or
// marks, only letters and digits.
std::vector<std::string> key_words(std::string_view text) {
    auto folded = lang::search_key(text);
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    };
    for (char c : folded) {
        bool letter_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (letter_or_digit) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

// «Reunión con la Misión de Evaluación» -> «reunion-mision-evaluacion»: the
// first `most` words that are not filler.
std::string slug(std::string_view text, std::size_t most) {
    std::string made;
    std::size_t taken = 0;
    for (const auto& word : key_words(text)) {
        if (taken == most) {
            break;
        }
        if (filler_words().contains(word)) {
            continue;
        }
        made += (made.empty() ? "" : "-") + word;
        ++taken;
    }
    return made;
}

// «Erika Estrada Ruiz» -> «eer»: a person's initials, as the institute's
// own records name people.
std::string initials(std::string_view name) {
    std::string made;
    for (const auto& word : key_words(name)) {
        if (!filler_words().contains(word)) {
            made += word.front();
        }
    }
    return made;
}

std::string lower(std::string_view text) {
    std::string made;
    for (const auto& word : key_words(text)) {
        made += (made.empty() ? "" : "-") + word;
    }
    return made;
}

char session_letter(SessionType type) {
    switch (type) {
        case SessionType::Extraordinary:
            return 'e';
        case SessionType::Urgent:
            return 'u';
        case SessionType::Installation:
            return 'i';
        case SessionType::Ordinary:
            break;
    }
    return 'o';
}

template <class R>
std::string text_of(const R& value) {
    if constexpr (requires { value.has_value(); }) {
        return value ? std::string(*value) : std::string();
    } else {
        return std::string(value);
    }
}

// The readable beginnings a record's key may take, best first.
template <class R>
std::vector<std::string> key_bases(const R& record) {
    if constexpr (std::is_same_v<R, Session>) {
        auto own = session_letter(record.type) + std::to_string(record.number) + "-" +
                   std::to_string(record.year);
        return {own, lower(record.commission) + "-" + own};
    } else if constexpr (std::is_same_v<R, WorkProgramme>) {
        auto year = std::to_string(record.year);
        return {"pat-" + year, "pat-" + lower(record.commission) + "-" + year};
    } else if constexpr (std::is_same_v<R, Membership>) {
        auto holder = lower(record.person ? *record.person : text_of(record.organization));
        return {"m-" + holder, "m-" + holder + "-" + lower(record.commission)};
    } else if constexpr (std::is_same_v<R, Person>) {
        return {initials(record.name), slug(record.name, 4)};
    } else if constexpr (std::is_same_v<R, Juror>) {
        return {"j-" + initials(record.name)};
    } else if constexpr (std::is_same_v<R, Registration>) {
        // Never the entrant's name (often a minor's): the contest and initials.
        return {lower(record.contest) + "-" + initials(record.name)};
    } else if constexpr (std::is_same_v<R, Convenio>) {
        if (!record.counterparts.empty()) {
            return {"c-" + lower(record.counterparts.front())};
        }
        return {"c-" + slug(record.title ? *record.title : text_of(record.object), 3)};
    } else if constexpr (requires { record.acronym; }) {
        auto acronym = lower(text_of(record.acronym));
        if (!acronym.empty()) {
            return {acronym, slug(record.name, 4)};
        }
        return {slug(record.name, 4)};
    } else if constexpr (requires { record.name; }) {
        return {slug(text_of(record.name), 4)};
    } else if constexpr (requires { record.title; }) {
        return {slug(text_of(record.title), 4)};
    } else if constexpr (requires { record.text; }) {
        return {slug(text_of(record.text), 4)};
    } else {
        return {};
    }
}

}  // namespace

bool assigns_key(std::string_view array) {
    static const std::set<std::string_view> official = {"areas", "commissions",
                                                        "pertinence_opinions", "agreements"};
    if (official.contains(array)) {
        return false;
    }
    bool has_key = false;
    Dataset empty;
    with_array(empty, array, [&](ArrayInfo, auto& records) {
        using R = typename std::decay_t<decltype(records)>::value_type;
        has_key = requires(R r) {
            r.key;
        };
    });
    return has_key;
}

std::string assigned_key(std::string_view array, const Dataset& incoming,
                         const std::function<bool(const std::string& key)>& taken) {
    std::vector<std::string> bases;
    with_array(incoming, array, [&](ArrayInfo, const auto& records) {
        if (!records.empty()) {
            bases = key_bases(records.front());
        }
    });
    std::erase_if(bases, [](const std::string& base) {
        return base.empty() || base.front() == '-' || base.back() == '-';
    });
    if (bases.empty()) {
        bases.push_back("registro");
    }
    for (const auto& base : bases) {
        if (!taken(base)) {
            return base;
        }
    }
    // Every readable beginning is taken: the fullest, numbered. Bounded, so
    // a store that claims everything cannot hold the write forever.
    constexpr int MOST = 100'000;
    for (int number = 2; number < MOST; ++number) {
        auto candidate = bases.back() + "-" + std::to_string(number);
        if (!taken(candidate)) {
            return candidate;
        }
    }
    return bases.back() + "-" + std::to_string(MOST);
}

int next_session_number(const Dataset& stored, const Session& session) {
    const Commission* commission = nullptr;
    for (const auto& candidate : stored.commissions) {
        if (candidate.key == session.commission) {
            commission = &candidate;
        }
    }
    int highest = 0;
    for (const auto& other : stored.sessions) {
        bool same_series = other.commission == session.commission && other.year == session.year &&
                           other.type == session.type;
        bool holds_number = commission == nullptr || commission->numbers(other);
        if (same_series && holds_number) {
            highest = std::max(highest, other.number);
        }
    }
    return highest + 1;
}

}  // namespace vincula::domain
