#include "lang/names.h"

#include <array>
#include <sstream>
#include <vector>

#include "lang/text.h"

namespace vincula::lang {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::istringstream stream{std::string(text)};
    std::vector<std::string> words;
    for (std::string word; stream >> word;) {
        words.push_back(word);
    }
    return words;
}

bool is_particle(const std::string& word) {
    static constexpr std::array<std::string_view, 11> PARTICLES = {
        "de", "del", "la", "las", "los", "van", "von", "der", "da", "di", "dos"};
    auto lower = to_lower(word);
    for (auto particle : PARTICLES) {
        if (lower == particle) {
            return true;
        }
    }
    return false;
}

bool ends_with(const std::string& word, std::string_view ending) {
    return word.size() >= ending.size() &&
           std::string_view(word).substr(word.size() - ending.size()) == ending;
}

bool is_acronym(const std::string& word) {
    int capitals = 0;
    for (unsigned char c : word) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    }
    return capitals >= 2;
}

// Nouns that begin institutions' names and break the ending rules below.
bool is_feminine_exception(const std::string& word) {
    static constexpr std::array<std::string_view, 7> FEMININE = {"corte",  "red",   "sede", "clase",
                                                                 "fuente", "llave", "unión"};
    for (auto noun : FEMININE) {
        if (word == noun) {
            return true;
        }
    }
    return false;
}

bool is_masculine_exception(const std::string& word) {
    static constexpr std::array<std::string_view, 6> MASCULINE = {"sistema", "programa", "día",
                                                                  "mapa",    "tema",     "poder"};
    for (auto noun : MASCULINE) {
        if (word == noun) {
            return true;
        }
    }
    return false;
}

bool is_feminine_noun(const std::string& word) {
    if (is_masculine_exception(word)) {
        return false;
    }
    if (is_feminine_exception(word)) {
        return true;
    }
    for (std::string_view ending : {"a", "dad", "tad", "ción", "sión", "xión", "tud", "umbre"}) {
        if (ends_with(word, ending)) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string after_preposition(std::string_view preposition, std::string_view phrase) {
    if (phrase.starts_with("el ")) {
        if (preposition == "de") {
            return "del " + std::string(phrase.substr(3));
        }
        if (preposition == "a") {
            return "al " + std::string(phrase.substr(3));
        }
    }
    return std::string(preposition) + " " + std::string(phrase);
}

std::string surnames_of(std::string_view full_name) {
    auto words = words_of(full_name);
    if (words.size() <= 2) {
        return words.empty() ? std::string(full_name) : words.back();
    }
    // Walk back from the end: a surname is a word and the particles before
    // it; two surnames, or fewer when the given name is reached.
    std::size_t start = words.size();
    for (int surname = 0; surname < 2 && start > 1; ++surname) {
        --start;
        while (start > 1 && is_particle(words[start - 1])) {
            --start;
        }
    }
    std::string text;
    for (std::size_t i = start; i < words.size(); ++i) {
        text += (text.empty() ? "" : " ") + words[i];
    }
    return text;
}

std::string definite_article_for(std::string_view name) {
    auto words = words_of(name);
    if (words.empty() || is_acronym(words.front())) {
        return "";
    }
    auto first = to_lower(words.front());
    for (std::string_view own : {"el", "la", "los", "las"}) {
        if (first == own) {
            return "";
        }
    }
    unsigned char initial = static_cast<unsigned char>(words.front().front());
    if (initial >= '0' && initial <= '9') {
        return "";
    }
    if (ends_with(first, "ones") || ends_with(first, "as")) {
        return "las";
    }
    if (ends_with(first, "os") || ends_with(first, "es")) {
        return "los";
    }
    return is_feminine_noun(first) ? "la" : "el";
}

std::string with_article(std::string_view article, std::string_view name) {
    return article.empty() ? std::string(name) : std::string(article) + " " + std::string(name);
}

}  // namespace vincula::lang
