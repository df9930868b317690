#include <gtest/gtest.h>

#include <stdexcept>

#include "lang/numbers.h"

namespace vincula::lang {
namespace {

struct Row {
    int number;
    const char* expected;
};

// The default: feminine («sesión»), compound style, standalone.
const Row kFeminineCompound[] = {
    {1, "primera"},
    {2, "segunda"},
    {3, "tercera"},
    {4, "cuarta"},
    {5, "quinta"},
    {6, "sexta"},
    {7, "séptima"},
    {8, "octava"},
    {9, "novena"},
    {10, "décima"},
    {11, "décima primera"},
    {12, "décima segunda"},
    {13, "décima tercera"},
    {14, "décima cuarta"},
    {15, "décima quinta"},
    {16, "décima sexta"},
    {17, "décima séptima"},
    {18, "décima octava"},
    {19, "décima novena"},
    {20, "vigésima"},
    {21, "vigésima primera"},
    {22, "vigésima segunda"},
    {30, "trigésima"},
    {33, "trigésima tercera"},
    {40, "cuadragésima"},
    {50, "quincuagésima"},
    {60, "sexagésima"},
    {70, "septuagésima"},
    {80, "octogésima"},
    {90, "nonagésima"},
    {99, "nonagésima novena"},
    {100, "centésima"},
    {101, "centésima primera"},
    {110, "centésima décima"},
    {111, "centésima décima primera"},
    {200, "ducentésima"},
    {245, "ducentésima cuadragésima quinta"},
    {300, "tricentésima"},
    {400, "cuadringentésima"},
    {500, "quingentésima"},
    {600, "sexcentésima"},
    {700, "septingentésima"},
    {800, "octingentésima"},
    {900, "noningentésima"},
    {999, "noningentésima nonagésima novena"},
};

TEST(Ordinal, FeminineCompoundIsTheDefault) {
    for (const auto& row : kFeminineCompound) {
        EXPECT_EQ(ordinal(row.number), row.expected) << row.number;
        // Feminine never apocopates: «la primera sesión».
        EXPECT_EQ(
            ordinal(row.number, Gender::Feminine, OrdinalStyle::Compound, Position::BeforeNoun),
            row.expected)
            << row.number;
    }
}

const Row kMasculineStandalone[] = {
    {1, "primero"},         {2, "segundo"},
    {3, "tercero"},         {4, "cuarto"},
    {7, "séptimo"},         {10, "décimo"},
    {11, "décimo primero"}, {13, "décimo tercero"},
    {19, "décimo noveno"},  {21, "vigésimo primero"},
    {100, "centésimo"},     {203, "ducentésimo tercero"},
};

TEST(Ordinal, MasculineStandaloneKeepsTheFinalVowel) {
    for (const auto& row : kMasculineStandalone) {
        EXPECT_EQ(ordinal(row.number, Gender::Masculine), row.expected) << row.number;
    }
}

// Only a final «primero»/«tercero» shortens, and only before a masculine noun.
const Row kMasculineBeforeNoun[] = {
    {1, "primer"},
    {2, "segundo"},
    {3, "tercer"},
    {4, "cuarto"},
    {10, "décimo"},
    {11, "décimo primer"},
    {13, "décimo tercer"},
    {21, "vigésimo primer"},
    {23, "vigésimo tercer"},
    {30, "trigésimo"},
    {101, "centésimo primer"},
    {103, "centésimo tercer"},
};

TEST(Ordinal, MasculineBeforeNounApocopatesPrimeroAndTercero) {
    for (const auto& row : kMasculineBeforeNoun) {
        EXPECT_EQ(
            ordinal(row.number, Gender::Masculine, OrdinalStyle::Compound, Position::BeforeNoun),
            row.expected)
            << row.number;
    }
}

struct StyledRow {
    int number;
    Gender gender;
    Position position;
    const char* expected;
};

const StyledRow kTraditional[] = {
    {1, Gender::Feminine, Position::Standalone, "primera"},
    {10, Gender::Feminine, Position::Standalone, "décima"},
    {11, Gender::Feminine, Position::Standalone, "undécima"},
    {11, Gender::Masculine, Position::Standalone, "undécimo"},
    {11, Gender::Masculine, Position::BeforeNoun, "undécimo"},
    {12, Gender::Feminine, Position::Standalone, "duodécima"},
    {12, Gender::Masculine, Position::Standalone, "duodécimo"},
    {13, Gender::Feminine, Position::Standalone, "décima tercera"},
    {13, Gender::Masculine, Position::BeforeNoun, "décimo tercer"},
    {19, Gender::Feminine, Position::Standalone, "décima novena"},
    {21, Gender::Feminine, Position::Standalone, "vigésima primera"},
    {111, Gender::Feminine, Position::Standalone, "centésima undécima"},
    {112, Gender::Masculine, Position::Standalone, "centésimo duodécimo"},
};

TEST(Ordinal, TraditionalStyleOnlyChangesElevenAndTwelve) {
    for (const auto& row : kTraditional) {
        EXPECT_EQ(ordinal(row.number, row.gender, OrdinalStyle::Traditional, row.position),
                  row.expected)
            << row.number;
    }
}

TEST(Ordinal, RefusesNumbersOutOfRange) {
    EXPECT_THROW(ordinal(0), std::out_of_range);
    EXPECT_THROW(ordinal(-1), std::out_of_range);
    EXPECT_THROW(ordinal(1000), std::out_of_range);
}

}  // namespace
}  // namespace vincula::lang
