#include "render/layout/column_widths.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

namespace vincula::render::layout {
namespace {

using report::Cell;
using report::Column;
using report::ColumnKind;
using report::Table;

// Points across a Letter page's text, a 9 pt character and a cell's padding.
constexpr PageMeasure PAGE{487.0, 5.6, 10.5};

Cell text_cell(const std::string& text) {
    Cell cell;
    report::Span span;
    span.text = text;
    cell.lines.push_back({span});
    return cell;
}

Table agreements_table() {
    Table table;
    table.columns = {{"No.", ColumnKind::Number}, {"Acuerdo"}, {"Fecha", ColumnKind::Date}};
    for (int row = 1; row <= 12; ++row) {
        table.rows.push_back({text_cell(std::to_string(row)),
                              text_cell("Acuerdo de la Comisión por el que se aprueba el programa "
                                        "anual de trabajo y el calendario de sesiones"),
                              text_cell("21/10/2021")});
    }
    return table;
}

double sum(const std::vector<double>& shares) {
    return std::accumulate(shares.begin(), shares.end(), 0.0);
}

TEST(ColumnWidths, SharesFillTheWidthWithTheLongTextGettingTheMostRoom) {
    auto shape = shape_of(agreements_table(), PAGE);
    ASSERT_EQ(shape.shares.size(), 3U);
    EXPECT_NEAR(sum(shape.shares), 1.0, 1e-9);
    EXPECT_LT(shape.shares[0], 0.12) << "«No.» stays narrow";
    EXPECT_GT(shape.shares[1], 0.6) << "the agreement's title gets the room";
    EXPECT_GT(shape.shares[1], shape.shares[2]);
}

TEST(ColumnWidths, NoColumnIsNarrowerThanItsLongestWord) {
    auto table = agreements_table();
    table.columns.push_back({"Observaciones"});
    for (auto& row : table.rows) {
        row.push_back(text_cell("Sí"));
    }
    auto shape = shape_of(table, PAGE);
    // «Observaciones» is 13 letters: its column holds the word on one line.
    EXPECT_GE(shape.shares[3] * PAGE.total, 13 * PAGE.character + PAGE.padding - 1e-6);
    // «No.» likewise (3 letters), though its figures are short.
    EXPECT_GE(shape.shares[0] * PAGE.total, 3 * PAGE.character + PAGE.padding - 1e-6);
}

TEST(ColumnWidths, GivenPercentagesAreKeptAndTheRestShareWhatIsLeft) {
    auto table = agreements_table();
    table.columns[2].width_percent = 30;
    auto shape = shape_of(table, PAGE);
    EXPECT_NEAR(shape.shares[2], 0.30, 1e-9);
    EXPECT_NEAR(sum(shape.shares), 1.0, 1e-9);
}

TEST(ColumnWidths, NumbersAndMarksAreCentredAndTextIsNot) {
    Table table;
    table.columns = {{"No.", ColumnKind::Number}, {"Integrante"}, {"Asistió"}};
    table.rows.push_back({text_cell("1"), text_cell("Mtra. Erika Estrada Ruiz"), text_cell("✓")});
    auto shape = shape_of(table, PAGE);
    EXPECT_EQ(shape.centered, (std::vector<bool>{true, false, true}));
}

TEST(ColumnWidths, RowsWiderThanTheHeaderGetColumnsToo) {
    Table table;
    table.columns = {{"Sesión"}};
    table.rows.push_back({text_cell("Primera"), text_cell("✓")});
    EXPECT_EQ(shape_of(table, PAGE).shares.size(), 2U);
}

TEST(ColumnWidths, AnEmptyTableHasNoColumns) {
    EXPECT_TRUE(shape_of(Table{}, PAGE).shares.empty());
}

}  // namespace
}  // namespace vincula::render::layout
