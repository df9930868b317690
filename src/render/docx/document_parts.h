#pragma once

#include <string>

#include "report/model.h"

// The XML parts of the package other than the body, lists and footnotes;
// each returns the part's bytes.
namespace vincula::render::docx {

class ListNumbering;
class FootnoteMarks;

std::string styles_xml(const std::string& language);

// Asks Word and LibreOffice to update fields (the index) on opening, and
// names the separator footnotes.
std::string settings_xml(const std::string& language);

enum class FooterKind { PageNumbers, Empty };
// «Página X de Y» with PAGE and NUMPAGES fields, or nothing (the cover).
std::string footer_xml(FooterKind kind);

// docProps/core.xml (title, author, language) and docProps/app.xml.
std::string core_properties_xml(const report::ReportModel& model);
std::string app_properties_xml();

// word/document.xml. Numbering and footnotes learn what the body uses.
std::string document_xml(const report::ReportModel& model, ListNumbering& numbering,
                         FootnoteMarks& footnotes);

}  // namespace vincula::render::docx
