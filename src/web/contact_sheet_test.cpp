#include "web/contact_sheet.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vincula::web {
namespace {

TEST(ContactSheet, CsvWithQuotesSemicolonsAndBom) {
    auto table = read_csv(
        "\xEF\xBB\xBFnombre;correo;país\r\n\"Pérez; Ana\";ana@example.org;MX\r\n\"Dice "
        "\"\"hola\"\"\";"
        "b@example.org;\nsin salto final;c@example.org;US");
    ASSERT_TRUE(table);
    ASSERT_EQ(table->size(), 4u);
    EXPECT_EQ((*table)[0], (std::vector<std::string>{"nombre", "correo", "país"}));
    EXPECT_EQ((*table)[1][0], "Pérez; Ana");
    EXPECT_EQ((*table)[2][0], "Dice \"hola\"");
    EXPECT_EQ((*table)[2][2], "");
    EXPECT_EQ((*table)[3][2], "US");
    auto comma = read_csv("name,email\nAna,ana@example.org\n");
    ASSERT_TRUE(comma);
    EXPECT_EQ((*comma)[1][1], "ana@example.org");
    auto open_quote = read_csv("nombre,correo\n\"Ana,ana@example.org\n");
    ASSERT_FALSE(open_quote);
    EXPECT_EQ(open_quote.error().front().rule, "hoja_ilegible");
}

// A workbook as Excel's own library writes it: shared strings, a skipped
// row, a number cell.
TEST(ContactSheet, XlsxFirstSheetWithSharedStrings) {
    auto path = std::filesystem::temp_directory_path() / "vincula-contactos-prueba.xlsx";
    lxw_workbook* workbook = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Contactos");
    worksheet_write_string(sheet, 0, 0, "Nombre", nullptr);
    worksheet_write_string(sheet, 0, 1, "Correo", nullptr);
    worksheet_write_string(sheet, 0, 2, "País", nullptr);
    worksheet_write_string(sheet, 1, 0, "José Núñez", nullptr);
    worksheet_write_string(sheet, 1, 1, "jose@example.org", nullptr);
    worksheet_write_string(sheet, 1, 2, "MX", nullptr);
    worksheet_write_string(sheet, 3, 0, "Eva", nullptr);
    worksheet_write_number(sheet, 3, 1, 42, nullptr);
    lxw_worksheet* other = workbook_add_worksheet(workbook, "Otra");
    worksheet_write_string(other, 0, 0, "no se lee", nullptr);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
    std::ifstream file(path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    std::filesystem::remove(path);

    auto table = read_table(bytes.str());
    ASSERT_TRUE(table) << table.error().front().message;
    ASSERT_EQ(table->size(), 4u);
    EXPECT_EQ((*table)[0], (std::vector<std::string>{"Nombre", "Correo", "País"}));
    EXPECT_EQ((*table)[1], (std::vector<std::string>{"José Núñez", "jose@example.org", "MX"}));
    EXPECT_TRUE((*table)[2].empty());  // row 3 was left empty: row 4 stays row 4
    EXPECT_EQ((*table)[3][1], "42");

    auto rows = domain::contacts_from_table(*table, "red-obs", {});
    ASSERT_FALSE(rows);
    EXPECT_EQ(rows.error().front().field, "fila 4, columna correo");
    EXPECT_EQ(rows.error().front().rule, "correo_valido");
}

TEST(ContactSheet, DamagedWorkbookIsASpanishError) {
    auto table = read_table(std::string("PK\x03\x04 no es un zip de verdad", 28));
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().front().rule, "hoja_ilegible");
    EXPECT_NE(table.error().front().message.find("libro de Excel"), std::string::npos);
}

}  // namespace
}  // namespace vincula::web
