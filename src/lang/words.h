#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vincula::lang {

// A word of a text as written («Éstos») and as a search key («estos»), so a
// program can match words regardless of accents and case and still quote
// the text as the person wrote it.
struct Word {
    std::string text;
    std::string key;
};

// Splits prose into words: runs of letters and digits. Punctuation and
// symbols separate words and are dropped, so «votochilango@iecm.mx» gives
// three words and «2020-2021» two.
std::vector<Word> split_words(std::string_view text);

// A number found in a list of words: its value and how many words it spans
// («treinta y ocho» spans three).
struct NumberInText {
    long value = 0;
    std::size_t length = 0;
};

// Reads the longest cardinal that starts at word `at`: digits («11», up to
// six) or the words lang::cardinal writes for 0 … 999 in any gender and
// with or without apocope («seis», «treinta y ocho», «veintiún», «doscientas»,
// «una»). Nothing when the word there starts no number.
std::optional<NumberInText> read_cardinal(const std::vector<Word>& words, std::size_t at);

// Reads the longest ordinal that starts at word `at`, as lang::ordinal writes
// 1 … 199 in either gender, style and position («novena», «décima primera»,
// «undécima», «primer»).
std::optional<NumberInText> read_ordinal(const std::vector<Word>& words, std::size_t at);

}  // namespace vincula::lang
