#include "lang/text.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace vincula::lang {
namespace {

struct JoinRow {
    std::vector<std::string> items;
    const char* expected;
};

const JoinRow kJoins[] = {
    {{}, ""},
    {{"a"}, "a"},
    {{"a", "b"}, "a y b"},
    {{"a", "b", "c"}, "a, b y c"},
    {{"Décima", "Décima primera", "Décima segunda"}, "Décima, Décima primera y Décima segunda"},
    {{"Francia", "Italia"}, "Francia e Italia"},
    {{"padres", "hijos"}, "padres e hijos"},
    {{"agua", "hielo"}, "agua y hielo"},
    {{"Chile", "Honduras", "Ignacio"}, "Chile, Honduras e Ignacio"},
    {{"ciencia", "Historia"}, "ciencia e Historia"},
    {{"México", "Iztapalapa"}, "México e Iztapalapa"},
    // Accented and capitalised /i/ counts too.
    {{"música", "ídolos"}, "música e ídolos"},
    {{"ESPAÑA", "ÍNDICE"}, "ESPAÑA e ÍNDICE"},
    {{"trigo", "hígado"}, "trigo e hígado"},
    {{"LUIS", "HILDA"}, "LUIS e HILDA"},
    {{"Ana", "Isabel"}, "Ana e Isabel"},
    // hi- or i- opening a diphthong is not the vowel /i/.
    {{"leones", "hienas"}, "leones y hienas"},
    {{"hierro", "hierba"}, "hierro y hierba"},
    {{"cobre", "iodo"}, "cobre y iodo"},
    {{"tierra", "hiato"}, "tierra y hiato"},
    {{"Rosa", "Hiedra"}, "Rosa y Hiedra"},
    // Other sounds keep «y»; we also keep it before the word «y» (a consonant spelling),
    // though mathematics writes «ejes x e y» when the letter is read as /i/.
    {{"x", "y"}, "x y y"},
    {{"Ana", "Yolanda"}, "Ana y Yolanda"},
    {{"Ana", "Hugo"}, "Ana y Hugo"},
    {{"uno", "1"}, "uno y 1"},
    {{"Ana", ""}, "Ana y "},
    // Opening quotes and marks are skipped when listening for /i/.
    {{"«Patria»", "«Identidad»"}, "«Patria» e «Identidad»"},
    {{"A", "“Historia”"}, "A e “Historia”"},
    {{"A", "«Hielo»"}, "A y «Hielo»"},
    {{"A", "¡Imagina!"}, "A e ¡Imagina!"},
};

TEST(JoinList, UsesCommasAndTheRightConjunction) {
    for (const auto& row : kJoins) {
        EXPECT_EQ(join_list(row.items), row.expected) << row.expected;
    }
}

TEST(CapitalizeFirst, UppercasesOnlyTheFirstLetter) {
    EXPECT_EQ(capitalize_first("décima primera"), "Décima primera");
    EXPECT_EQ(capitalize_first("élite"), "Élite");
    EXPECT_EQ(capitalize_first("ñandú"), "Ñandú");
    EXPECT_EQ(capitalize_first("jueves 21 de octubre"), "Jueves 21 de octubre");
    EXPECT_EQ(capitalize_first("Ya Mayúscula"), "Ya Mayúscula");
    EXPECT_EQ(capitalize_first("iPhone y más"), "IPhone y más");
    EXPECT_EQ(capitalize_first(""), "");
    // Spanish opening marks and quotes are skipped; a leading digit is left alone.
    EXPECT_EQ(capitalize_first("¿qué día?"), "¿Qué día?");
    EXPECT_EQ(capitalize_first("«élite»"), "«Élite»");
    EXPECT_EQ(capitalize_first("21 de octubre"), "21 de octubre");
}

TEST(Case, UpperAndLowerInMexicanSpanish) {
    EXPECT_EQ(to_upper("Comisión Permanente"), "COMISIÓN PERMANENTE");
    EXPECT_EQ(to_upper("año, pingüino, acción"), "AÑO, PINGÜINO, ACCIÓN");
    EXPECT_EQ(to_upper("¿qué?"), "¿QUÉ?");
    EXPECT_EQ(to_lower("COMISIÓN PERMANENTE"), "comisión permanente");
    EXPECT_EQ(to_lower("ÑANDÚ ÁGIL"), "ñandú ágil");
    EXPECT_EQ(to_upper(""), "");
}

struct KeyRow {
    const char* text;
    const char* key;
};

const KeyRow kKeys[] = {
    {"Erika Estrada Ruíz", "erika estrada ruiz"},
    {"ERIKA  ESTRADA RUIZ ", "erika estrada ruiz"},
    {"Cecilia Aída", "cecilia aida"},
    {"cecilia aida", "cecilia aida"},
    {"  José\tMaría\n", "jose maria"},
    {"JOSÉ MARÍA", "jose maria"},
    {"Comisión Permanente", "comision permanente"},
    // ñ and ü fold too: see fold() for why this suits duplicate detection.
    {"Peña Núñez", "pena nunez"},
    {"Güemes", "guemes"},
    // Decomposed input (e + combining acute) matches precomposed input.
    {"Jose\xCC\x81", "jose"},
    // A no-break space is white space like any other.
    {"Ana\xC2\xA0Luz", "ana luz"},
    {"", ""},
    {"   ", ""},
};

TEST(SearchKey, FoldsCaseAccentsAndWhiteSpace) {
    for (const auto& row : kKeys) {
        EXPECT_EQ(search_key(row.text), row.key) << row.text;
    }
    EXPECT_EQ(search_key("Erika Estrada Ruíz"), search_key("ERIKA  ESTRADA RUIZ "));
    EXPECT_EQ(search_key("Cecilia Aída"), search_key("cecilia aida"));
    EXPECT_NE(search_key("Ana Luz"), search_key("Analuz"));
}

TEST(Spaces, NamesKeepOneSpaceBetweenWordsAndNoneAtTheEnds) {
    EXPECT_EQ(tidy_spaces("  Erika   Estrada\tRuiz \n"), "Erika Estrada Ruiz");
    EXPECT_EQ(tidy_spaces("Ana\xC2\xA0\xC2\xA0Luz"), "Ana Luz");
    EXPECT_EQ(tidy_spaces("Peña Ñúñez"), "Peña Ñúñez");
    EXPECT_EQ(tidy_spaces(" \t "), "");
}

TEST(Spaces, ProseKeepsItsParagraphs) {
    EXPECT_EQ(trim_spaces("\n Primer párrafo.\n\nSegundo  párrafo. \n"),
              "Primer párrafo.\n\nSegundo  párrafo.");
    EXPECT_EQ(trim_spaces("   "), "");
    EXPECT_EQ(trim_spaces("Sin cambios"), "Sin cambios");
}

TEST(SearchKey, IsSafeToCallFromSeveralThreads) {
    std::vector<std::thread> threads;
    std::vector<std::string> keys(8);
    for (size_t t = 0; t < keys.size(); ++t) {
        threads.emplace_back([&keys, t] {
            for (int i = 0; i < 200; ++i) {
                keys[t] = search_key("Erika Estrada Ruíz");
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto& key : keys) {
        EXPECT_EQ(key, "erika estrada ruiz");
    }
}

}  // namespace
}  // namespace vincula::lang
