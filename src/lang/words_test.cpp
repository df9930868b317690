#include "lang/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/numbers.h"

namespace vincula::lang {
namespace {

std::vector<std::string> keys(const std::vector<Word>& words) {
    std::vector<std::string> out;
    for (const auto& word : words) {
        out.push_back(word.key);
    }
    return out;
}

TEST(SplitWords, KeepsTheTextAndFoldsTheKey) {
    auto words = split_words("Éstos contenían: «información», 11 correos.");
    ASSERT_EQ(words.size(), 5u);
    EXPECT_EQ(words[0].text, "Éstos");
    EXPECT_EQ(words[0].key, "estos");
    EXPECT_EQ(words[2].text, "información");
    EXPECT_EQ(words[2].key, "informacion");
    EXPECT_EQ(words[3].key, "11");
}

TEST(SplitWords, PunctuationAndSymbolsSeparateWords) {
    EXPECT_EQ(keys(split_words("votochilango@iecm.mx, PEC 2020-2021")),
              (std::vector<std::string>{"votochilango", "iecm", "mx", "pec", "2020", "2021"}));
    EXPECT_TRUE(split_words(" ¿?¡! — ").empty());
}

TEST(SplitWords, KeepsCombiningAccentsWithTheirLetter) {
    // «Ruíz» typed with a combining acute accent (NFD).
    auto words = split_words("Rui\xcc\x81z Estrada");
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0].key, "ruiz");
}

std::optional<NumberInText> cardinal_in(const std::string& text, std::size_t at = 0) {
    return read_cardinal(split_words(text), at);
}

TEST(ReadCardinal, ReadsDigitsAndNumberWords) {
    struct Row {
        const char* text;
        long value;
        std::size_t length;
    };
    const Row rows[] = {
        {"11 correos", 11, 1},
        {"seis correos", 6, 1},
        {"Seis correos", 6, 1},
        {"treinta y ocho convenios", 38, 3},
        {"veintiún acuerdos", 21, 1},
        {"veintiun acuerdos", 21, 1},
        {"veintiuna sesiones", 21, 1},
        {"doscientas personas", 200, 1},
        {"ciento diecisiete áreas", 117, 2},
        {"novecientos noventa y nueve", 999, 4},
        {"una institución", 1, 1},
        {"cero", 0, 1},
    };
    for (const auto& row : rows) {
        auto number = cardinal_in(row.text);
        ASSERT_TRUE(number) << row.text;
        EXPECT_EQ(number->value, row.value) << row.text;
        EXPECT_EQ(number->length, row.length) << row.text;
    }
}

TEST(ReadCardinal, ReadsBackEverythingCardinalWrites) {
    for (long n = 0; n <= 999; ++n) {
        for (auto gender : {Gender::Masculine, Gender::Feminine}) {
            auto text = cardinal(n, gender, Position::BeforeNoun) + " casas";
            auto number = cardinal_in(text);
            ASSERT_TRUE(number) << text;
            EXPECT_EQ(number->value, n) << text;
        }
    }
}

TEST(ReadCardinal, NothingWhereNoNumberStarts) {
    EXPECT_FALSE(cardinal_in("se enviaron correos"));
    EXPECT_FALSE(cardinal_in("y ocho"));
    EXPECT_FALSE(cardinal_in("1234567 registros"));
    EXPECT_FALSE(cardinal_in("correos", 3));
    auto later = cardinal_in("se enviaron seis correos", 2);
    ASSERT_TRUE(later);
    EXPECT_EQ(later->value, 6);
}

TEST(ReadOrdinal, ReadsTheLongestOrdinal) {
    auto eleventh = read_ordinal(split_words("décima primera sesión ordinaria"), 0);
    ASSERT_TRUE(eleventh);
    EXPECT_EQ(eleventh->value, 11);
    EXPECT_EQ(eleventh->length, 2u);
    auto first = read_ordinal(split_words("décima primera sesión"), 1);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->value, 1);
    auto traditional = read_ordinal(split_words("Undécima sesión"), 0);
    ASSERT_TRUE(traditional);
    EXPECT_EQ(traditional->value, 11);
    auto apocope = read_ordinal(split_words("tercer informe"), 0);
    ASSERT_TRUE(apocope);
    EXPECT_EQ(apocope->value, 3);
    EXPECT_FALSE(read_ordinal(split_words("sesión novena"), 0));
}

}  // namespace
}  // namespace vincula::lang
