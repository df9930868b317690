#include <gtest/gtest.h>

#include <climits>
#include <stdexcept>

#include "lang/numbers.h"

namespace vincula::lang {
namespace {

struct Row {
    long number;
    const char* expected;
};

// Masculine, standalone: how a number is read on its own («el veintiuno»).
const Row kMasculineStandalone[] = {
    {0, "cero"},
    {1, "uno"},
    {2, "dos"},
    {3, "tres"},
    {4, "cuatro"},
    {5, "cinco"},
    {6, "seis"},
    {7, "siete"},
    {8, "ocho"},
    {9, "nueve"},
    {10, "diez"},
    {11, "once"},
    {12, "doce"},
    {13, "trece"},
    {14, "catorce"},
    {15, "quince"},
    {16, "dieciséis"},
    {17, "diecisiete"},
    {18, "dieciocho"},
    {19, "diecinueve"},
    {20, "veinte"},
    {21, "veintiuno"},
    {22, "veintidós"},
    {23, "veintitrés"},
    {26, "veintiséis"},
    {29, "veintinueve"},
    {30, "treinta"},
    {31, "treinta y uno"},
    {32, "treinta y dos"},
    {45, "cuarenta y cinco"},
    {58, "cincuenta y ocho"},
    {60, "sesenta"},
    {67, "sesenta y siete"},
    {71, "setenta y uno"},
    {80, "ochenta"},
    {99, "noventa y nueve"},
    {100, "cien"},
    {101, "ciento uno"},
    {110, "ciento diez"},
    {116, "ciento dieciséis"},
    {121, "ciento veintiuno"},
    {199, "ciento noventa y nueve"},
    {200, "doscientos"},
    {300, "trescientos"},
    {400, "cuatrocientos"},
    {500, "quinientos"},
    {555, "quinientos cincuenta y cinco"},
    {600, "seiscientos"},
    {700, "setecientos"},
    {800, "ochocientos"},
    {900, "novecientos"},
    {1000, "mil"},
    {1001, "mil uno"},
    {1100, "mil cien"},
    {1999, "mil novecientos noventa y nueve"},
    {2000, "dos mil"},
    {2021, "dos mil veintiuno"},
    {2022, "dos mil veintidós"},
    {10000, "diez mil"},
    {16000, "dieciséis mil"},
    {21000, "veintiún mil"},
    {21001, "veintiún mil uno"},
    {31000, "treinta y un mil"},
    {41500, "cuarenta y un mil quinientos"},
    {100000, "cien mil"},
    {100001, "cien mil uno"},
    {101000, "ciento un mil"},
    {121000, "ciento veintiún mil"},
    {200000, "doscientos mil"},
    {500000, "quinientos mil"},
    {700700, "setecientos mil setecientos"},
    {999999, "novecientos noventa y nueve mil novecientos noventa y nueve"},
};

TEST(Cardinal, MasculineStandalone) {
    for (const auto& row : kMasculineStandalone) {
        EXPECT_EQ(cardinal(row.number), row.expected) << row.number;
        EXPECT_EQ(cardinal(row.number, Gender::Masculine, Position::Standalone), row.expected)
            << row.number;
    }
}

// Before a masculine noun a final «uno» drops to «un» («veintiún acuerdos»).
const Row kMasculineBeforeNoun[] = {
    {1, "un"},
    {2, "dos"},
    {21, "veintiún"},
    {31, "treinta y un"},
    {100, "cien"},
    {101, "ciento un"},
    {991, "novecientos noventa y un"},
    {1001, "mil un"},
    {21000, "veintiún mil"},
    {21021, "veintiún mil veintiún"},
    {31000, "treinta y un mil"},
    {200000, "doscientos mil"},
};

TEST(Cardinal, MasculineBeforeNounApocopates) {
    for (const auto& row : kMasculineBeforeNoun) {
        EXPECT_EQ(cardinal(row.number, Gender::Masculine, Position::BeforeNoun), row.expected)
            << row.number;
    }
}

// «una», «veintiuna», and hundreds that agree («doscientas mil personas»).
const Row kFeminine[] = {
    {1, "una"},
    {2, "dos"},
    {21, "veintiuna"},
    {31, "treinta y una"},
    {100, "cien"},
    {101, "ciento una"},
    {200, "doscientas"},
    {201, "doscientas una"},
    {500, "quinientas"},
    {700, "setecientas"},
    {900, "novecientas"},
    {1000, "mil"},
    {1001, "mil una"},
    {21000, "veintiuna mil"},
    {31000, "treinta y una mil"},
    {100000, "cien mil"},
    {200000, "doscientas mil"},
    {201000, "doscientas una mil"},
    {221221, "doscientas veintiuna mil doscientas veintiuna"},
};

TEST(Cardinal, FeminineAgreesInUnitsAndHundreds) {
    for (const auto& row : kFeminine) {
        EXPECT_EQ(cardinal(row.number, Gender::Feminine), row.expected) << row.number;
        // A feminine noun never triggers the «un» apocope.
        EXPECT_EQ(cardinal(row.number, Gender::Feminine, Position::BeforeNoun), row.expected)
            << row.number;
    }
}

TEST(Cardinal, RefusesNumbersOutOfRange) {
    EXPECT_THROW(cardinal(-1), std::out_of_range);
    EXPECT_THROW(cardinal(1'000'000), std::out_of_range);
    EXPECT_THROW(cardinal(LONG_MIN), std::out_of_range);
    EXPECT_THROW(cardinal(LONG_MAX, Gender::Feminine), std::out_of_range);
}

TEST(Cardinal, EveryNumberInRangeIsSpelledWithoutStraySpaces) {
    for (long number = 0; number <= 999'999; number += 7) {
        std::string text = cardinal(number, Gender::Feminine);
        ASSERT_FALSE(text.empty()) << number;
        ASSERT_NE(text.front(), ' ') << number;
        ASSERT_NE(text.back(), ' ') << number;
        ASSERT_EQ(text.find("  "), std::string::npos) << number;
    }
}

TEST(GroupedDigits, ThousandsAreSeparatedByCommas) {
    EXPECT_EQ(grouped_digits(999), "999");
    EXPECT_EQ(grouped_digits(2000), "2,000");
    EXPECT_EQ(grouped_digits(50000), "50,000");
    EXPECT_EQ(grouped_digits(1000000000), "1,000,000,000");
    EXPECT_EQ(grouped_digits(-4), "-4");
    EXPECT_EQ(grouped_digits(-1234567), "-1,234,567");
}

}  // namespace
}  // namespace vincula::lang
