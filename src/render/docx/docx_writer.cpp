#include "render/docx/docx_writer.h"

#include <vector>

#include "render/docx/body.h"
#include "render/docx/document_parts.h"
#include "render/docx/footnotes.h"
#include "render/docx/numbering.h"
#include "render/docx/package.h"

namespace vincula::render::docx {
namespace {

constexpr const char* WORDPROCESSING_TYPE =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.";

std::string wordprocessing_type(const char* part) {
    return std::string(WORDPROCESSING_TYPE) + part + "+xml";
}

std::vector<Relationship> package_relationships() {
    return {
        {"rId1", office_relationship("officeDocument"), "word/document.xml"},
        {"rId2",
         "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"},
        {"rId3", office_relationship("extended-properties"), "docProps/app.xml"},
    };
}

std::vector<Relationship> document_relationships() {
    return {
        {"rId1", office_relationship("styles"), "styles.xml"},
        {"rId2", office_relationship("settings"), "settings.xml"},
        {"rId3", office_relationship("numbering"), "numbering.xml"},
        {"rId4", office_relationship("footnotes"), "footnotes.xml"},
        {PAGE_NUMBERS_FOOTER_ID, office_relationship("footer"), "footer1.xml"},
        {COVER_FOOTER_ID, office_relationship("footer"), "footer2.xml"},
    };
}

}  // namespace

std::string render_docx(const report::ReportModel& model) {
    ListNumbering numbering;
    FootnoteMarks footnotes(model.footnotes);
    // The body first: it decides which lists and footnotes the other parts hold.
    std::string document = document_xml(model, numbering, footnotes);
    std::vector<Part> parts = {
        {"_rels/.rels", "", relationships_xml(package_relationships())},
        {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
         core_properties_xml(model)},
        {"docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml",
         app_properties_xml()},
        {"word/document.xml", wordprocessing_type("document.main"), std::move(document)},
        {"word/_rels/document.xml.rels", "", relationships_xml(document_relationships())},
        {"word/styles.xml", wordprocessing_type("styles"), styles_xml(model.language)},
        {"word/settings.xml", wordprocessing_type("settings"), settings_xml(model.language)},
        {"word/numbering.xml", wordprocessing_type("numbering"), numbering.to_xml()},
        {"word/footnotes.xml", wordprocessing_type("footnotes"),
         footnotes_xml(model.footnotes, footnotes)},
        {"word/footer1.xml", wordprocessing_type("footer"), footer_xml(FooterKind::PageNumbers)},
        {"word/footer2.xml", wordprocessing_type("footer"), footer_xml(FooterKind::Empty)},
    };
    return zip_package(parts);
}

}  // namespace vincula::render::docx
