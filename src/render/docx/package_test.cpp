// The package as Word reads it: a zip of well-formed XML parts, every part
// declared in [Content_Types].xml, every relationship pointing at a part,
// and the features the report needs where Word looks for them.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "render/docx/docx_writer.h"
#include "render/docx/unzip_for_tests.h"
#include "support/example_report.h"

namespace vincula::render::docx {
namespace {

class DocxPackage : public ::testing::Test {
protected:
    void SetUp() override {
        m_parts = unzip(render_docx(vincula::testing::example_report()));
        for (const auto& [name, content] : m_parts) {
            auto parsed = m_xml[name].load_buffer(content.data(), content.size());
            ASSERT_TRUE(parsed) << name << " is not well-formed XML: " << parsed.description();
        }
    }
    pugi::xml_document& part(const std::string& name) { return m_xml.at(name); }

    Parts m_parts;
    std::map<std::string, pugi::xml_document> m_xml;
};

TEST_F(DocxPackage, DeclaresTheContentTypeOfEveryPart) {
    ASSERT_TRUE(m_parts.count("[Content_Types].xml"));
    auto types = part("[Content_Types].xml").child("Types");
    std::set<std::string> defaults;
    std::set<std::string> overrides;
    for (auto node : types.children("Default")) {
        defaults.insert(node.attribute("Extension").value());
    }
    for (auto node : types.children("Override")) {
        overrides.insert(node.attribute("PartName").value());
    }
    for (const auto& [name, content] : m_parts) {
        if (name == "[Content_Types].xml") {
            continue;
        }
        auto extension = name.substr(name.rfind('.') + 1);  // ".rels" is all extension
        EXPECT_TRUE(overrides.count("/" + name) || defaults.count(extension))
            << name << " has no content type";
    }
    for (const auto& name : overrides) {
        EXPECT_TRUE(m_parts.count(name.substr(1))) << name << " is declared but missing";
    }
    EXPECT_TRUE(overrides.count("/word/document.xml"));
    EXPECT_TRUE(overrides.count("/word/footnotes.xml"));
}

TEST_F(DocxPackage, EveryRelationshipPointsAtAPart) {
    int checked = 0;
    for (const auto& [name, content] : m_parts) {
        if (!name.ends_with(".rels")) {
            continue;
        }
        // word/_rels/document.xml.rels -> targets relative to word/
        auto folder = std::filesystem::path(name).parent_path().parent_path();
        std::set<std::string> ids;
        for (auto relation : part(name).child("Relationships").children("Relationship")) {
            auto target = (folder / relation.attribute("Target").value()).lexically_normal();
            EXPECT_TRUE(m_parts.count(target.string())) << name << " -> " << target;
            EXPECT_TRUE(ids.insert(relation.attribute("Id").value()).second) << "duplicate id";
            ++checked;
        }
    }
    EXPECT_GE(checked, 9);
}

TEST_F(DocxPackage, TablesRepeatTheirHeaderAndKeepRowsWhole) {
    const auto& document = part("word/document.xml");
    EXPECT_FALSE(document.select_nodes("//w:tr/w:trPr/w:tblHeader").empty());
    for (auto row : document.select_nodes("//w:tr")) {
        EXPECT_TRUE(row.node().child("w:trPr").child("w:cantSplit")) << "a row may split";
    }
    // The attendance matrix: «Asistencia a las sesiones» over three columns,
    // «Integrantes e invitados» two header rows high.
    EXPECT_FALSE(document.select_nodes("//w:tcPr/w:gridSpan[@w:val='3']").empty());
    EXPECT_GE(document.select_nodes("//w:tcPr/w:vMerge[@w:val='restart']").size(), 2u);
    // The INE bodies: a group of two rows printed once.
    EXPECT_GE(document.select_nodes("//w:tcPr/w:vMerge[not(@w:val)]").size(), 2u);
}

TEST_F(DocxPackage, FootnotesAreRealFootnotes) {
    const auto& notes = part("word/footnotes.xml");
    EXPECT_TRUE(notes.select_node("//w:footnote[@w:id='-1'][@w:type='separator']"));
    EXPECT_TRUE(notes.select_node("//w:footnote[@w:id='0'][@w:type='continuationSeparator']"));
    std::string text;
    for (auto node : notes.select_nodes("//w:footnote[@w:id='1']//w:t")) {
        text += node.node().text().get();
    }
    EXPECT_NE(text.find("Artículo 33 del Reglamento Interior"), std::string::npos) << text;
    EXPECT_EQ(part("word/document.xml").select_nodes("//w:r/w:footnoteReference").size(), 3u);
    EXPECT_TRUE(part("word/settings.xml").select_node("//w:footnotePr/w:footnote[@w:id='-1']"));
}

TEST_F(DocxPackage, IndexPageNumbersLanguageAndProperties) {
    std::string instructions;
    for (auto node : part("word/document.xml").select_nodes("//w:instrText")) {
        instructions += node.node().text().get();
    }
    EXPECT_NE(instructions.find(R"(TOC \o "1-2" \h \z \u)"), std::string::npos);
    EXPECT_TRUE(part("word/settings.xml").select_node("//w:updateFields[@w:val='true']"));
    std::string footer;
    auto footer_nodes = part("word/footer1.xml").select_nodes("//w:instrText | //w:t");
    footer_nodes.sort();  // a union comes back in no particular order
    for (auto node : footer_nodes) {
        footer += node.node().text().get();
    }
    EXPECT_EQ(footer, "Página  PAGE 1 de  NUMPAGES 1");
    auto size = part("word/document.xml").select_node("//w:sectPr/w:pgSz").node();
    EXPECT_STREQ(size.attribute("w:w").value(), "12240");
    EXPECT_STREQ(size.attribute("w:h").value(), "15840");
    EXPECT_TRUE(part("word/styles.xml").select_node("//w:rPrDefault//w:lang[@w:val='es-MX']"));
    for (int level = 1; level <= 4; ++level) {
        auto query = "//w:style[@w:styleId='Heading" + std::to_string(level) +
                     "']/w:name[@w:val='heading " + std::to_string(level) + "']";
        EXPECT_TRUE(part("word/styles.xml").select_node(query.c_str())) << query;
    }
    auto core = part("docProps/core.xml").child("cp:coreProperties");
    EXPECT_STREQ(core.child_value("dc:creator"),
                 "Comisión Permanente de Vinculación con Organismos Externos");
    EXPECT_STREQ(core.child_value("dc:language"), "es-MX");
    EXPECT_NE(std::string(core.child_value("dc:title")).find("Cuarto informe"), std::string::npos);
}

TEST_F(DocxPackage, ListsUseBulletsAndRomanNumerals) {
    const auto& numbering = part("word/numbering.xml");
    EXPECT_TRUE(numbering.select_node("//w:lvl[@w:ilvl='0']/w:numFmt[@w:val='upperRoman']"));
    EXPECT_TRUE(numbering.select_node("//w:lvl[@w:ilvl='0']/w:numFmt[@w:val='bullet']"));
    // A nested item sits one level down in the same list.
    EXPECT_TRUE(part("word/document.xml").select_node("//w:numPr/w:ilvl[@w:val='1']"));
}

TEST_F(DocxPackage, BoldAndItalicRuns) {
    const auto& document = part("word/document.xml");
    auto bold = document.select_node("//w:r[w:rPr/w:b][not(w:rPr/w:i)]/w:t").node();
    EXPECT_STREQ(bold.text().get(), "Código de Instituciones y Procedimientos Electorales");
    auto italic = document.select_node("//w:r[w:rPr/w:i][not(w:rPr/w:b)]/w:t").node();
    EXPECT_STREQ(italic.text().get(), "Reglamento Interior");
}

}  // namespace
}  // namespace vincula::render::docx
