#pragma once

#include <string>
#include <vector>

#include "report/model.h"

// Sizes on a worksheet, estimated from the text: libxlsxwriter cannot
// measure, and neither Excel nor LibreOffice reliably fits a row to wrapped
// text on opening, so the rows get the height their lines need.
namespace vincula::render::xlsx {

// A cell's lines joined with line breaks (a bulleted cell keeps its
// bullets), cut to what an Excel cell holds.
std::string cell_text(const report::Cell& cell);

// Widths in characters of the default font: enough for the longest line of
// each column (capped; longer text wraps), for a date, and for the longest
// word of the column's title.
std::vector<double> column_widths(const report::Table& table, std::size_t columns);

// How many lines `text` takes in a column `width` characters wide.
int lines_needed(const std::string& text, double width);

}  // namespace vincula::render::xlsx
