// The workbook opened by a real reader (openpyxl): sheet names, titles,
// headers, real dates and numbers, merged groups and frozen headers.
#include "render/xlsx/xlsx_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/example_report.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::render::xlsx {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// One line per fact: «sheets|…», «freeze|sheet|cell», «merged|sheet|range»,
// «height|sheet|row|points» (rows taller than one line),
// «cell|sheet|coordinate|python type|value|bold|number format|wrap».
constexpr const char* DUMP_WORKBOOK = R"(
import datetime, sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1])
print('sheets|' + '|'.join(workbook.sheetnames))
print('properties|%s|%s' % (workbook.properties.title, workbook.properties.creator))
for sheet in workbook.worksheets:
    print('freeze|%s|%s' % (sheet.title, sheet.freeze_panes))
    for number, row in sorted(sheet.row_dimensions.items()):
        if row.height:
            print('height|%s|%d|%g' % (sheet.title, number, row.height))
    for merged in sorted(str(each) for each in sheet.merged_cells.ranges):
        print('merged|%s|%s' % (sheet.title, merged))
    for row in sheet.iter_rows():
        for cell in row:
            value = cell.value
            if value is None or value == '':
                continue
            kind = type(value).__name__
            if isinstance(value, datetime.datetime):
                value = value.date().isoformat()
            print('cell|%s|%s|%s|%s|%s|%s|%s' % (sheet.title, cell.coordinate, kind,
                  str(value).replace('\n', '\\n'), 'bold' if cell.font.b else '',
                  cell.number_format, 'wrap' if cell.alignment.wrap_text else ''))
)";

std::vector<std::string> dump(const std::string& path) {
    auto result = vincula::testing::run_process({"/usr/bin/python3", "-c", DUMP_WORKBOOK, path});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::vector<std::string> lines;
    std::istringstream in(result.out);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// The example is written and read back once; every test asserts on the facts.
class XlsxWriter : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        vincula::testing::TempDir directory;
        auto path = directory.path("tablas.xlsx");
        auto written = write_xlsx(vincula::testing::example_report(), path);
        ASSERT_TRUE(written.has_value()) << written.error().front().message;
        s_facts = dump(path);
    }
    static std::vector<std::string> s_facts;
    const std::vector<std::string>& m_facts = s_facts;
};

std::vector<std::string> XlsxWriter::s_facts;

TEST_F(XlsxWriter, OneSheetPerTableNamedByItsNumber) {
    EXPECT_THAT(m_facts, Contains("sheets|Tabla 1.1|Tabla 1.2|Tabla 2.1|Tabla 2.3"));
    EXPECT_THAT(m_facts, Contains(StartsWith("properties|Cuarto informe trimestral")));
}

TEST_F(XlsxWriter, CaptionAsTitleAndABoldHeaderFrozenAboveTheRows) {
    EXPECT_THAT(m_facts, Contains("cell|Tabla 2.3|A1|str|Tabla 2.3. Convenios con avance en el "
                                  "periodo|bold|General|"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 2.3|A3|str|No.|bold|General|wrap"));
    EXPECT_THAT(m_facts,
                Contains("cell|Tabla 2.3|D3|str|Sesiones en que se informó|bold|General|wrap"));
    EXPECT_THAT(m_facts, Contains("freeze|Tabla 2.3|A4"));
}

TEST_F(XlsxWriter, DatesAreDatesAndNumbersAreNumbers) {
    EXPECT_THAT(m_facts, Contains("cell|Tabla 1.1|B5|datetime|2021-11-24||dd/mm/yyyy|"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 2.1|B6|int|3||General|"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 2.3|A5|int|2||General|"));
}

TEST_F(XlsxWriter, MultiLineCellsWrapAndGroupsAreMerged) {
    EXPECT_THAT(m_facts,
                Contains("cell|Tabla 2.3|D5|str|• Décima\\n• Décima segunda||General|wrap"));
    // Two lines: the row is two lines high, whatever the reader recomputes.
    EXPECT_THAT(m_facts, Contains("height|Tabla 2.3|5|30"));
    // The INE body printed once for its two sessions.
    EXPECT_THAT(m_facts, Contains("merged|Tabla 2.1|A4:A5"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 2.1|A4|str|Comisión de Capacitación y Organización "
                                  "Electoral||General|wrap"));
}

TEST_F(XlsxWriter, AttendanceSuperHeaderSpansTheSessions) {
    EXPECT_THAT(m_facts, Contains("merged|Tabla 1.2|B3:D3"));
    EXPECT_THAT(m_facts, Contains("merged|Tabla 1.2|A3:A4"));
    EXPECT_THAT(m_facts,
                Contains("cell|Tabla 1.2|A3|str|Integrantes e invitados|bold|General|wrap"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 1.2|C4|str|Décima primera sesión ordinaria|bold|"
                                  "General|wrap"));
    EXPECT_THAT(m_facts, Contains("cell|Tabla 1.2|B5|str|✓||General|"));
    EXPECT_THAT(m_facts, Contains("freeze|Tabla 1.2|A5"));
}

TEST(XlsxWriterErrors, AnUnwritablePathIsASpanishFieldError) {
    std::string path = "/nonexistent-folder/tablas.xlsx";
    auto written = write_xlsx(vincula::testing::example_report(), path);
    ASSERT_FALSE(written.has_value());
    ASSERT_EQ(written.error().size(), 1u);
    EXPECT_EQ(written.error().front().field, path);
    EXPECT_EQ(written.error().front().rule, "archivo_no_escribible");
    EXPECT_THAT(written.error().front().message,
                HasSubstr("No se pudo escribir la hoja de cálculo \"" + path + "\""));
}

TEST(XlsxWriterEmpty, AReportWithoutTablesStillOpens) {
    vincula::testing::TempDir directory;
    auto path = directory.path("vacio.xlsx");
    report::ReportModel model;
    ASSERT_TRUE(write_xlsx(model, path).has_value());
    EXPECT_THAT(dump(path), Contains("sheets|Informe"));
}

}  // namespace
}  // namespace vincula::render::xlsx
