#include "render/docx/document_parts.h"
#include "render/docx/runs.h"
#include "render/docx/xml_part.h"

// Document-level parts: settings, footers and the package properties.
namespace vincula::render::docx {

std::string settings_xml(const std::string& language) {
    XmlPart part("w:settings");
    declare_wordprocessing(part);
    // CT_Settings is a sequence: zoom, defaultTabStop, characterSpacingControl,
    // updateFields, footnotePr, compat, themeFontLang, in this order.
    set(add(part.root(), "w:zoom"), "w:percent", 100);
    add_val(part.root(), "w:defaultTabStop", "708");
    add_val(part.root(), "w:characterSpacingControl", "doNotCompress");
    // The index is a TOC field: Word offers to update it on opening, and
    // LibreOffice rebuilds it, so page numbers are right without a manual F9.
    add_val(part.root(), "w:updateFields", "true");
    auto footnotes = add(part.root(), "w:footnotePr");
    set(add(footnotes, "w:footnote"), "w:id", -1);
    set(add(footnotes, "w:footnote"), "w:id", 0);
    auto compat = add(part.root(), "w:compat");
    auto mode = add(compat, "w:compatSetting");
    set(mode, "w:name", "compatibilityMode");
    set(mode, "w:uri", "http://schemas.microsoft.com/office/word");
    set(mode, "w:val", 15);
    add_val(part.root(), "w:themeFontLang", language);
    add_val(part.root(), "w:decimalSymbol", ".");
    add_val(part.root(), "w:listSeparator", ",");
    return part.to_string();
}

std::string footer_xml(FooterKind kind) {
    XmlPart part("w:ftr");
    declare_wordprocessing(part);
    auto paragraph = add(part.root(), "w:p");
    add_val(add(paragraph, "w:pPr"), "w:pStyle", "Footer");
    if (kind == FooterKind::PageNumbers) {
        append_run(paragraph, "Página ");
        append_field(paragraph, "PAGE", "1");
        append_run(paragraph, " de ");
        append_field(paragraph, "NUMPAGES", "1");
    }
    return part.to_string();
}

std::string core_properties_xml(const report::ReportModel& model) {
    XmlPart part("cp:coreProperties");
    auto root = part.root();
    set(root, "xmlns:cp",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    set(root, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    set(root, "xmlns:dcterms", "http://purl.org/dc/terms/");
    set(root, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    add(root, "dc:title").text().set(xml_safe(model.title).c_str());
    add(root, "dc:creator").text().set(xml_safe(model.author).c_str());
    add(root, "dc:language").text().set(xml_safe(model.language).c_str());
    return part.to_string();
}

std::string app_properties_xml() {
    XmlPart part("Properties");
    set(part.root(), "xmlns",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    add(part.root(), "Application").text().set("Vincula");
    return part.to_string();
}

}  // namespace vincula::render::docx
