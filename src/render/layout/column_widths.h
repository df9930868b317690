#pragma once

#include <vector>

#include "report/model.h"

namespace vincula::render::layout {

// The page's measures, in whatever unit the renderer works in (twips for
// DOCX, points for HTML): a column is never narrower than its longest word
// set in `character` wide letters plus `padding`, out of `total` across.
struct PageMeasure {
    double total = 0;
    double character = 0;
    double padding = 0;
};

// How a table sits on the page: each grid column's share of the width
// (summing to 1) and which columns centre their cells.
struct ColumnShape {
    std::vector<double> shares;
    std::vector<bool> centered;
};

// Columns with a width_percent keep it; the others share what is left by
// how much text they hold (their title's longest word, their longest line,
// capped), so a «No.» column stays narrow and a list of names gets room.
// Number columns, and columns of marks such as ✓, are centred.
//
// Both DOCX and the PDF lay tables out with these widths (fixed layout):
// the widths are decided once, here, instead of by measuring every cell's
// text, which was a third of WeasyPrint's time.
ColumnShape shape_of(const report::Table& table, const PageMeasure& page);

}  // namespace vincula::render::layout
