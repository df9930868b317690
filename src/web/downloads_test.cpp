#include "web/downloads.h"

#include <gtest/gtest.h>

namespace vincula::web {
namespace {

TEST(CsvText, QuotesWhatWouldSplitAFieldAndStartsWithAByteOrderMark) {
    ListTable table{"Acuerdos", {"Clave", "Asunto"}, {}};
    table.rows.push_back({"CVOE/036/21", "Orden del día, décima sesión"});
    table.rows.push_back({"CVOE/037/21", "El «Programa» dice \"sí\"\nen dos líneas"});
    EXPECT_EQ(csv_text(table),
              "\xEF\xBB\xBF"
              "Clave,Asunto\r\n"
              "CVOE/036/21,\"Orden del día, décima sesión\"\r\n"
              "CVOE/037/21,\"El «Programa» dice \"\"sí\"\"\nen dos líneas\"\r\n");
}

TEST(CsvText, AFieldASpreadsheetWouldRunAsAFormulaIsReadAsText) {
    ListTable table{"Acuerdos", {"Asunto"}, {}};
    for (const char* text : {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"}) {
        table.rows.push_back({text});
    }
    EXPECT_EQ(csv_text(table),
              "\xEF\xBB\xBF"
              "Asunto\r\n"
              "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n");
}

}  // namespace
}  // namespace vincula::web
