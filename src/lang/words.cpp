#include "lang/words.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::lang {
namespace {

// Number words by search key, and the most words any of them spans. Built
// from the same functions that write numbers, so what Vincula writes it can
// read back, and a spelling added there is recognised here.
struct NumberTable {
    std::unordered_map<std::string, long> values;
    std::size_t longest = 1;

    void add(const std::string& phrase, long value) {
        auto key = search_key(phrase);
        values.emplace(key, value);
        longest = std::max(longest,
                           static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
    }
};

const NumberTable& cardinal_table() {
    static const NumberTable table = [] {
        NumberTable built;
        for (long n = 0; n <= 999; ++n) {
            built.add(cardinal(n), n);
            built.add(cardinal(n, Gender::Masculine, Position::BeforeNoun), n);
            built.add(cardinal(n, Gender::Feminine), n);
        }
        return built;
    }();
    return table;
}

// Sessions and reports are numbered well below 200 a year.
constexpr int HIGHEST_ORDINAL = 199;

const NumberTable& ordinal_table() {
    static const NumberTable table = [] {
        NumberTable built;
        for (int n = 1; n <= HIGHEST_ORDINAL; ++n) {
            for (auto gender : {Gender::Feminine, Gender::Masculine}) {
                for (auto style : {OrdinalStyle::Compound, OrdinalStyle::Traditional}) {
                    built.add(ordinal(n, gender, style, Position::Standalone), n);
                    built.add(ordinal(n, gender, style, Position::BeforeNoun), n);
                }
            }
        }
        return built;
    }();
    return table;
}

std::optional<NumberInText> longest_match(const NumberTable& table, const std::vector<Word>& words,
                                          std::size_t at) {
    std::size_t most = std::min(table.longest, words.size() - std::min(at, words.size()));
    for (std::size_t length = most; length >= 1; --length) {
        std::string phrase = words[at].key;
        for (std::size_t i = 1; i < length; ++i) {
            phrase += ' ';
            phrase += words[at + i].key;
        }
        auto found = table.values.find(phrase);
        if (found != table.values.end()) {
            return NumberInText{found->second, length};
        }
    }
    return std::nullopt;
}

bool all_digits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
    auto unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::vector<Word> words;
    icu::UnicodeString current;
    auto flush = [&] {
        if (current.isEmpty()) {
            return;
        }
        Word word;
        current.toUTF8String(word.text);
        word.key = search_key(word.text);
        words.push_back(std::move(word));
        current.remove();
    };
    for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
        UChar32 c = unicode.char32At(i);
        // Combining accents belong to the letter they follow (text typed in NFD).
        if (u_isalnum(c) || (u_charType(c) == U_NON_SPACING_MARK && !current.isEmpty())) {
            current.append(c);
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::optional<NumberInText> read_cardinal(const std::vector<Word>& words, std::size_t at) {
    if (at >= words.size()) {
        return std::nullopt;
    }
    constexpr std::size_t MOST_DIGITS = 6;
    const auto& key = words[at].key;
    if (all_digits(key)) {
        if (key.size() > MOST_DIGITS) {
            return std::nullopt;
        }
        return NumberInText{std::stol(key), 1};
    }
    return longest_match(cardinal_table(), words, at);
}

std::optional<NumberInText> read_ordinal(const std::vector<Word>& words, std::size_t at) {
    if (at >= words.size()) {
        return std::nullopt;
    }
    return longest_match(ordinal_table(), words, at);
}

}  // namespace vincula::lang
