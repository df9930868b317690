#pragma once

#include <string>

#include "report/model.h"

// The report as a Word document (.docx, Office Open XML), written directly:
// real heading styles, an index field, tables with repeated headers, real
// footnotes, page numbers, Spanish (Mexico) as the document language.
namespace vincula::render::docx {

// The bytes of the .docx. Throws std::runtime_error only if the zip library
// fails (out of memory); any model gives a document.
std::string render_docx(const report::ReportModel& model);

}  // namespace vincula::render::docx
