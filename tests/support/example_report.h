#pragma once

#include <string>
#include <vector>

#include "report/model.h"

// A small but realistic report model, built by hand, for renderer tests: a
// cover, parts with PAT lines, actions and a sub-heading; emphasis and
// footnotes; bullet (nested) and roman lists; numbered tables with a «No.»
// column, dates, a grouped first column, bulleted cells and the attendance
// matrix with its super header and ✓ marks; accented Spanish throughout.
namespace vincula::testing {

report::ReportModel example_report();

// Every piece of text a reader must find in a rendered report, in reading
// order: cover lines, headings («I. Sesiones…»), paragraphs and list items
// as plain text (split where a footnote marker falls), table captions («Tabla 2.1. …»), header
// titles and cell lines; the footnotes' texts last, where Word and pandoc put them.
std::vector<std::string> reading_order(const report::ReportModel& model);

// The plain text of inline spans (footnote markers contribute nothing).
std::string plain(const report::Text& text);

}  // namespace vincula::testing
