#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lang/numbers.h"

namespace vincula::lang {
namespace {

// Stems without the gender vowel: every ordinal word agrees with its noun by
// ending in «-a» or «-o» («vigésima primera sesión», «vigésimo primer informe»).
constexpr std::array<std::string_view, 10> kUnits = {
    "", "primer", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav", "noven"};

constexpr std::array<std::string_view, 10> kTens = {
    "",          "décim",       "vigésim",   "trigésim", "cuadragésim", "quincuagésim",
    "sexagésim", "septuagésim", "octogésim", "nonagésim"};

// clang-format off
constexpr std::array<std::string_view, 10> kHundreds = {
    "", "centésim", "ducentésim", "tricentésim", "cuadringentésim",
    "quingentésim", "sexcentésim", "septingentésim", "octingentésim", "noningentésim"};
// clang-format on

// The stems that lose their vowel before a masculine noun: «primer», «tercer».
bool apocopates(std::string_view stem) {
    return stem == "primer" || stem == "tercer";
}

std::vector<std::string_view> stems(int number, OrdinalStyle style) {
    std::vector<std::string_view> words;
    int hundred = number / 100;
    int rest = number % 100;
    if (hundred > 0) {
        words.push_back(kHundreds[static_cast<size_t>(hundred)]);
    }
    // The traditional single words exist only for 11 and 12; from 13 on both
    // styles use the institute's spaced form «décima tercera» (RAE also accepts
    // «decimotercera», which we do not emit so documents stay uniform).
    if (style == OrdinalStyle::Traditional && rest == 11) {
        words.push_back("undécim");
        return words;
    }
    if (style == OrdinalStyle::Traditional && rest == 12) {
        words.push_back("duodécim");
        return words;
    }
    if (rest / 10 > 0) {
        words.push_back(kTens[static_cast<size_t>(rest / 10)]);
    }
    if (rest % 10 > 0) {
        words.push_back(kUnits[static_cast<size_t>(rest % 10)]);
    }
    return words;
}

}  // namespace

std::string ordinal(int number, Gender gender, OrdinalStyle style, Position position) {
    if (number < 1 || number > 999) {
        throw std::out_of_range("ordinal: number must be 1…999");
    }
    const std::string_view vowel = gender == Gender::Feminine ? "a" : "o";
    std::vector<std::string_view> words = stems(number, style);
    std::string text;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            text += ' ';
        }
        text += words[i];
        // Only the last word shortens: «vigésimo primer informe», never «vigésim primer».
        bool last = i + 1 == words.size();
        bool shortened = last && gender == Gender::Masculine && position == Position::BeforeNoun &&
                         apocopates(words[i]);
        if (!shortened) {
            text += vowel;
        }
    }
    return text;
}

}  // namespace vincula::lang
