#include "render/json/report_json.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "render/json/json_text.h"
#include "support/example_report.h"

namespace vincula::render::json {
namespace {

// The report's JSON is written straight to text; it must be exactly what a
// JSON library prints for the same value, in the same order, so readers
// (and diffs of old reports) see no difference.
TEST(ReportJson, IsWhatAJsonLibraryPrintsForTheSameValue) {
    auto model = testing::example_report();
    model.cover.approval = {"APROBADO MEDIANTE ACUERDO", "CVOE/004/22"};
    auto written = render_json(model);
    auto parsed = nlohmann::ordered_json::parse(written);
    EXPECT_EQ(parsed.dump(2) + "\n", written);
    EXPECT_EQ(parsed["portada"]["aprobacion"][1], "CVOE/004/22");
    EXPECT_FALSE(parsed["secciones"].empty());
}

TEST(ReportJson, EmptyListsAndAnEmptyModelPrintAsTheLibraryDoes) {
    report::ReportModel empty;
    auto written = render_json(empty);
    EXPECT_EQ(nlohmann::ordered_json::parse(written).dump(2) + "\n", written);
    EXPECT_NE(written.find("\"secciones\": []"), std::string::npos) << written;
}

TEST(JsonText, EscapesAsTheLibraryDoes) {
    for (const std::string& text : std::vector<std::string>{
             "comillas \" y \\ barra", "línea\nnueva\ty tab", std::string("\x01\x1f", 2),
             "ñandú «acuerdo»", "inválido \xff aquí"}) {
        std::string out;
        append_json_string(out, text);
        EXPECT_EQ(out, nlohmann::json(text).dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace))
            << text;
    }
}

}  // namespace
}  // namespace vincula::render::json
