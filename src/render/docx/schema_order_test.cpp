// Word refuses, or offers to "repair", a document whose properties are out
// of schema order (w:i before w:b, w:jc before w:spacing…); LibreOffice and
// pandoc do not mind, so only this test catches it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "render/docx/docx_writer.h"
#include "render/docx/unzip_for_tests.h"
#include "support/example_report.h"

namespace vincula::render::docx {
namespace {

// Children of these elements form an xsd:sequence (ECMA-376 Part 1, the
// transitional schema); each list names the children in schema order. An
// element whose children are out of order, or unknown here, fails: a new
// property must be placed in its list deliberately.
const std::map<std::string, std::vector<std::string>> SCHEMA_ORDER = {
    {"w:pPr",
     {"w:pStyle",
      "w:keepNext",
      "w:keepLines",
      "w:pageBreakBefore",
      "w:framePr",
      "w:widowControl",
      "w:numPr",
      "w:suppressLineNumbers",
      "w:pBdr",
      "w:shd",
      "w:tabs",
      "w:suppressAutoHyphens",
      "w:kinsoku",
      "w:wordWrap",
      "w:overflowPunct",
      "w:topLinePunct",
      "w:autoSpaceDE",
      "w:autoSpaceDN",
      "w:bidi",
      "w:adjustRightInd",
      "w:snapToGrid",
      "w:spacing",
      "w:ind",
      "w:contextualSpacing",
      "w:mirrorIndents",
      "w:suppressOverlap",
      "w:jc",
      "w:textDirection",
      "w:textAlignment",
      "w:textboxTightWrap",
      "w:outlineLvl",
      "w:divId",
      "w:cnfStyle",
      "w:rPr",
      "w:sectPr",
      "w:pPrChange"}},
    {"w:rPr",
     {"w:rStyle",
      "w:rFonts",
      "w:b",
      "w:bCs",
      "w:i",
      "w:iCs",
      "w:caps",
      "w:smallCaps",
      "w:strike",
      "w:dstrike",
      "w:outline",
      "w:shadow",
      "w:emboss",
      "w:imprint",
      "w:noProof",
      "w:snapToGrid",
      "w:vanish",
      "w:webHidden",
      "w:color",
      "w:spacing",
      "w:w",
      "w:kern",
      "w:position",
      "w:sz",
      "w:szCs",
      "w:highlight",
      "w:u",
      "w:effect",
      "w:bdr",
      "w:shd",
      "w:fitText",
      "w:vertAlign",
      "w:rtl",
      "w:cs",
      "w:em",
      "w:lang",
      "w:eastAsianLayout",
      "w:specVanish",
      "w:oMath"}},
    {"w:tblPr",
     {"w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
      "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
      "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"}},
    {"w:tblBorders", {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}},
    {"w:tblCellMar", {"w:top", "w:left", "w:bottom", "w:right"}},
    {"w:tcPr",
     {"w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
      "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"}},
    {"w:tbl", {"w:tblPr", "w:tblGrid", "w:tr"}},
    {"w:tr", {"w:tblPrEx", "w:trPr", "w:tc"}},
    {"w:tc", {"w:tcPr", "w:p", "w:tbl"}},
    {"w:sectPr",
     {"w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar",
      "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
      "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid"}},
    {"w:style",
     {"w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
      "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:rsid",
      "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"}},
    {"w:lvl",
     {"w:start", "w:numFmt", "w:lvlRestart", "w:pStyle", "w:isLgl", "w:suff", "w:lvlText",
      "w:lvlPicBulletId", "w:legacy", "w:lvlJc", "w:pPr", "w:rPr"}},
    {"w:numbering", {"w:abstractNum", "w:num"}},
    {"w:settings",
     {"w:zoom", "w:defaultTabStop", "w:characterSpacingControl", "w:updateFields", "w:footnotePr",
      "w:endnotePr", "w:compat", "w:themeFontLang", "w:decimalSymbol", "w:listSeparator"}},
    {"w:styles", {"w:docDefaults", "w:latentStyles", "w:style"}},
    {"w:body", {"w:p", "w:tbl", "w:sectPr"}},
};

// w:p and w:tbl alternate freely in a body; only sectPr must come last.
bool interchangeable(const std::string& parent, const std::string& a, const std::string& b) {
    return parent == "w:body" && a != "w:sectPr" && b != "w:sectPr";
}

void expect_schema_order(pugi::xml_node node, const std::string& part_name) {
    auto rule = SCHEMA_ORDER.find(node.name());
    if (rule != SCHEMA_ORDER.end()) {
        const auto& order = rule->second;
        std::size_t last = 0;
        std::string last_name;
        for (auto child : node.children()) {
            auto position = std::find(order.begin(), order.end(), child.name());
            ASSERT_NE(position, order.end()) << part_name << ": <" << child.name()
                                             << "> is not expected in <" << node.name() << ">";
            auto index = static_cast<std::size_t>(position - order.begin());
            if (!interchangeable(node.name(), last_name, child.name())) {
                EXPECT_GE(index, last) << part_name << ": <" << child.name() << "> after <"
                                       << last_name << "> in <" << node.name() << ">";
            }
            last = std::max(last, index);
            last_name = child.name();
        }
    }
    for (auto child : node.children()) {
        expect_schema_order(child, part_name);
    }
}

void expect_package_in_schema_order(const report::ReportModel& model) {
    for (const auto& [name, content] : unzip(render_docx(model))) {
        pugi::xml_document document;
        ASSERT_TRUE(document.load_buffer(content.data(), content.size())) << name;
        expect_schema_order(document.document_element(), name);
    }
}

TEST(DocxSchemaOrder, TheExampleReport) {
    expect_package_in_schema_order(vincula::testing::example_report());
}

TEST(DocxSchemaOrder, AnEmptyModel) {
    expect_package_in_schema_order(report::ReportModel{});
    // The index field is there, waiting for headings.
    auto document = unzip(render_docx(report::ReportModel{}))["word/document.xml"];
    EXPECT_NE(document.find("TOC \\o"), std::string::npos);
}

}  // namespace
}  // namespace vincula::render::docx
