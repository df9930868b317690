#include "render/xlsx/sheet_names.h"

#include <gtest/gtest.h>

namespace vincula::render::xlsx {
namespace {

report::Table table(const std::string& number, const std::string& caption) {
    return report::Table{number, caption, {}, {}, {}};
}

std::vector<std::string> names_of(const std::vector<report::Table>& tables) {
    std::vector<const report::Table*> pointers;
    for (const auto& each : tables) {
        pointers.push_back(&each);
    }
    return sheet_names(pointers);
}

TEST(SheetNames, NumberedTablesAreNamedByTheirNumber) {
    EXPECT_EQ(names_of({table("2.3", "Convenios"), table("3.1", "Información")}),
              (std::vector<std::string>{"Tabla 2.3", "Tabla 3.1"}));
}

TEST(SheetNames, AnUnnumberedTableTakesItsCaptionCutTo31Characters) {
    auto names =
        names_of({table("", "Sesiones de comisiones del INE a las que se dio seguimiento")});
    // 31 characters, accents counted once: Excel refuses a longer name.
    EXPECT_EQ(names.front(), "Sesiones de comisiones del INE");
}

TEST(SheetNames, ForbiddenCharactersAndEdgeApostrophesGo) {
    auto names = names_of({table("", "'Avance: enero/marzo [2022]?'"), table("", "")});
    EXPECT_EQ(names[0], "Avance  enero marzo  2022");
    EXPECT_EQ(names[1], "Tabla");
}

TEST(SheetNames, RepeatedNamesAreNumberedIgnoringCase) {
    auto names = names_of({table("1.1", ""), table("1.1", ""), table("", "TABLA 1.1")});
    EXPECT_EQ(names, (std::vector<std::string>{"Tabla 1.1", "Tabla 1.1 (2)", "TABLA 1.1 (3)"}));
}

TEST(SheetNames, ASuffixNeverPushesANamePast31Characters) {
    std::string caption = "Mecanismos de difusión de la convocatoria";
    auto names = names_of({table("", caption), table("", caption)});
    EXPECT_EQ(names[1], "Mecanismos de difusión de l (2)");
}

}  // namespace
}  // namespace vincula::render::xlsx
