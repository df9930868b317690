#include <array>
#include <stdexcept>
#include <string_view>

#include "lang/numbers.h"

namespace vincula::lang {
namespace {

// How a number ending in «uno» is spelled: «uno» alone, «un» before a masculine
// noun (or before «mil»), «una» before a feminine noun.
enum class One { Full, Apocope, Feminine };

// 2 … 29 are single words; the «veinti-» forms carry their own accents.
// clang-format off
constexpr std::array<std::string_view, 30> kBelowThirty = {
    "", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
    "diez", "once", "doce", "trece", "catorce", "quince",
    "dieciséis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
    "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
// clang-format on

constexpr std::array<std::string_view, 10> kTens = {
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};

// Masculine stems; the hundreds from 200 agree in gender («doscientas personas»)
// by swapping the final «-os» for «-as».
constexpr std::array<std::string_view, 10> kHundreds = {
    "",           "ciento",      "doscientos",  "trescientos", "cuatrocientos",
    "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"};

std::string one(One form) {
    switch (form) {
        case One::Apocope:
            return "un";
        case One::Feminine:
            return "una";
        case One::Full:
            break;
    }
    return "uno";
}

std::string below_hundred(int number, One form) {
    if (number == 1) {
        return one(form);
    }
    if (number == 21) {
        // The apocope needs the written accent: «veintiún» is stressed on the last syllable.
        return form == One::Apocope ? "veintiún" : "veinti" + one(form);
    }
    if (number < 30) {
        return std::string{kBelowThirty[static_cast<size_t>(number)]};
    }
    std::string tens{kTens[static_cast<size_t>(number / 10)]};
    int unit = number % 10;
    if (unit == 0) {
        return tens;
    }
    return tens + " y " +
           (unit == 1 ? one(form) : std::string{kBelowThirty[static_cast<size_t>(unit)]});
}

std::string hundreds(int hundred, Gender gender) {
    std::string word{kHundreds[static_cast<size_t>(hundred)]};
    if (hundred >= 2 && gender == Gender::Feminine) {
        word.replace(word.size() - 2, 2, "as");
    }
    return word;
}

// 1 … 999.
std::string below_thousand(int number, Gender gender, One form) {
    if (number == 100) {
        return "cien";  // «cien», but «ciento uno»: only the bare hundred is shortened.
    }
    int hundred = number / 100;
    int rest = number % 100;
    std::string text = hundred > 0 ? hundreds(hundred, gender) : std::string{};
    if (rest > 0) {
        if (!text.empty()) {
            text += ' ';
        }
        text += below_hundred(rest, form);
    }
    return text;
}

}  // namespace

std::string cardinal(long number, Gender gender, Position position) {
    if (number < 0 || number > 999'999) {
        throw std::out_of_range("cardinal: number must be 0…999999");
    }
    if (number == 0) {
        return "cero";
    }
    int thousands = static_cast<int>(number / 1000);
    int rest = static_cast<int>(number % 1000);
    std::string text;
    if (thousands == 1) {
        text = "mil";  // never «un mil»
    } else if (thousands > 1) {
        // «mil» is a noun-like multiplier: masculine always apocopates before it
        // («treinta y un mil»), feminine agrees with the counted noun («veintiuna mil personas»).
        One form = gender == Gender::Feminine ? One::Feminine : One::Apocope;
        text = below_thousand(thousands, gender, form) + " mil";
    }
    if (rest > 0) {
        One form = gender == Gender::Feminine         ? One::Feminine
                   : position == Position::BeforeNoun ? One::Apocope
                                                      : One::Full;
        if (!text.empty()) {
            text += ' ';
        }
        text += below_thousand(rest, gender, form);
    }
    return text;
}

std::string grouped_digits(long long number) {
    auto digits = std::to_string(number < 0 ? -number : number);
    for (auto at = static_cast<long>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return number < 0 ? "-" + digits : digits;
}

}  // namespace vincula::lang
