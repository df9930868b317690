#include "lang/plurals.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <vector>

namespace vincula::lang {
namespace {

using icu::UnicodeString;

// Words that end a noun phrase's head: what follows them keeps its number
// («registros de contacto», «sesiones en línea»).
constexpr std::array<std::u16string_view, 19> PREPOSITIONS = {
    u"de",    u"del",  u"a",    u"al",    u"en",    u"con",   u"para",  u"por",  u"sin", u"sobre",
    u"entre", u"ante", u"bajo", u"desde", u"hacia", u"hasta", u"según", u"tras", u"que"};

// Whose stress moves in the plural, against the general rule.
struct Irregular {
    std::u16string_view singular;
    std::u16string_view plural;
};
constexpr std::array<Irregular, 3> IRREGULAR = {
    Irregular{u"régimen", u"regímenes"},
    Irregular{u"espécimen", u"especímenes"},
    Irregular{u"carácter", u"caracteres"},
};

bool is_plain_vowel(char16_t c) {
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'ü';
}

// The accented vowel and its plain form.
constexpr std::array<std::pair<char16_t, char16_t>, 5> ACCENTED = {
    std::pair{u'á', u'a'}, std::pair{u'é', u'e'}, std::pair{u'í', u'i'}, std::pair{u'ó', u'o'},
    std::pair{u'ú', u'u'}};

char16_t without_accent(char16_t c) {
    for (auto [accented, plain] : ACCENTED) {
        if (c == accented) {
            return plain;
        }
    }
    return c;
}

char16_t with_accent(char16_t c) {
    for (auto [accented, plain] : ACCENTED) {
        if (c == plain) {
            return accented;
        }
    }
    return c;
}

bool is_accented(char16_t c) {
    return without_accent(c) != c;
}

bool is_vowel(char16_t c) {
    return is_plain_vowel(without_accent(c));
}

bool is_strong(char16_t c) {
    auto plain = without_accent(c);
    return plain == u'a' || plain == u'e' || plain == u'o';
}

// The vowel nuclei of a (lower-case) word, as [first, last] positions of each
// run of vowels that forms one syllable: two strong vowels, or an accented
// weak one beside a strong one, are in hiatus and split the run.
std::vector<std::pair<int32_t, int32_t>> nuclei(const UnicodeString& word) {
    std::vector<std::pair<int32_t, int32_t>> found;
    for (int32_t i = 0; i < word.length(); ++i) {
        if (!is_vowel(word[i])) {
            continue;
        }
        // «qu» and «gu» before e or i: the u is not pronounced.
        bool silent_u =
            word[i] == u'u' && i > 0 && (word[i - 1] == u'q' || word[i - 1] == u'g') &&
            i + 1 < word.length() &&
            (without_accent(word[i + 1]) == u'e' || without_accent(word[i + 1]) == u'i');
        if (silent_u) {
            continue;
        }
        bool joins = !found.empty() && found.back().second == i - 1;
        if (joins) {
            char16_t before = word[i - 1];
            bool hiatus = (is_strong(before) && is_strong(word[i])) ||
                          (!is_strong(before) && is_accented(before) && is_strong(word[i])) ||
                          (is_strong(before) && !is_strong(word[i]) && is_accented(word[i]));
            if (!hiatus) {
                found.back().second = i;
                continue;
            }
        }
        found.emplace_back(i, i);
    }
    return found;
}

// The position of the vowel that carries the stress mark in a nucleus: its
// strong vowel, or the second of two weak ones («cuídan»).
int32_t stressed_vowel(const UnicodeString& word, std::pair<int32_t, int32_t> nucleus) {
    for (int32_t i = nucleus.first; i <= nucleus.second; ++i) {
        if (is_strong(word[i])) {
            return i;
        }
    }
    return nucleus.second;
}

int32_t accent_position(const UnicodeString& word) {
    for (int32_t i = 0; i < word.length(); ++i) {
        if (is_accented(word[i])) {
            return i;
        }
    }
    return -1;
}

bool is_acronym_or_code(const UnicodeString& word) {
    int32_t upper = 0;
    for (int32_t i = 0; i < word.length(); ++i) {
        if (u_isdigit(word[i])) {
            return true;
        }
        upper += u_isupper(word[i]) ? 1 : 0;
    }
    return upper >= 2;
}

UnicodeString plural_of_word(const UnicodeString& original) {
    if (original.isEmpty() || is_acronym_or_code(original)) {
        return original;
    }
    UnicodeString word(original);
    word.toLower(icu::Locale("es", "MX"));
    bool capital = original[0] != word[0];
    auto restore = [&](UnicodeString result) {
        if (capital) {
            result.replace(0, 1, original[0]);
        }
        return result;
    };
    for (const auto& irregular : IRREGULAR) {
        if (word == UnicodeString(irregular.singular.data(),
                                  static_cast<int32_t>(irregular.singular.size()))) {
            return restore(UnicodeString(irregular.plural.data(),
                                         static_cast<int32_t>(irregular.plural.size())));
        }
    }
    auto last = word[word.length() - 1];
    auto syllables = nuclei(word);
    auto accent = accent_position(word);
    bool stressed_last = !syllables.empty() && accent >= syllables.back().first;

    if (is_vowel(last)) {
        // «acuerdo» -> «acuerdos», «café» -> «cafés»; a stressed í or ú
        // takes -es: «colibrí» -> «colibríes».
        bool weak_stressed = last == u'í' || last == u'ú';
        return restore(word + (weak_stressed ? u"es" : u"s"));
    }
    if (last == u'z') {
        // «vez» -> «veces», «raíz» -> «raíces».
        return restore(UnicodeString(word, 0, word.length() - 1) + u"ces");
    }
    if (last == u'y') {
        // «ley» -> «leyes», «rey» -> «reyes».
        return restore(word + u"es");
    }
    bool sibilant = last == u's' || last == u'x';
    if (sibilant && syllables.size() > 1 && !stressed_last) {
        // Unstressed last syllable: «lunes», «análisis», «tórax» stay.
        return original;
    }
    UnicodeString result = word + u"es";
    if (stressed_last && accent >= 0) {
        // An oxytone's mark goes once the plural adds a syllable:
        // «sesión» -> «sesiones», «inglés» -> «ingleses»; a stressed í or ú
        // beside a strong vowel keeps it: «país» -> «países», «baúl» -> «baúles».
        bool hiatus_mark = !is_strong(word[accent]) &&
                           ((accent > 0 && is_strong(word[accent - 1])) ||
                            (accent + 1 < word.length() && is_strong(word[accent + 1])));
        if (!hiatus_mark) {
            result.replace(accent, 1, without_accent(word[accent]));
        }
    } else if (accent < 0 && (last == u'n' || last == u's') && syllables.size() > 1) {
        // A paroxytone in -n or -s has no mark; with -es it becomes
        // proparoxytone and takes one: «examen» -> «exámenes».
        auto position = stressed_vowel(word, syllables[syllables.size() - 2]);
        result.replace(position, 1, with_accent(word[position]));
    }
    return restore(result);
}

bool is_preposition(const UnicodeString& word) {
    UnicodeString lower(word);
    lower.toLower(icu::Locale("es", "MX"));
    for (auto preposition : PREPOSITIONS) {
        if (lower == UnicodeString(preposition.data(), static_cast<int32_t>(preposition.size()))) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string plural(std::string_view phrase) {
    auto text = UnicodeString::fromUTF8(
        icu::StringPiece(phrase.data(), static_cast<int32_t>(phrase.size())));
    UnicodeString result;
    bool head = true;
    int32_t start = 0;
    while (start <= text.length()) {
        auto space = text.indexOf(u' ', start);
        auto end = space < 0 ? text.length() : space;
        UnicodeString word(text, start, end - start);
        if (head && is_preposition(word)) {
            head = false;
        }
        result += head ? plural_of_word(word) : word;
        if (space < 0) {
            break;
        }
        result += u' ';
        start = space + 1;
    }
    std::string out;
    result.toUTF8String(out);
    return out;
}

std::string in_number(long count, std::string_view singular) {
    return count == 1 ? std::string(singular) : plural(singular);
}

std::string counted(long count, std::string_view singular) {
    return std::to_string(count) + " " + in_number(count, singular);
}

}  // namespace vincula::lang
