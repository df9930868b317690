#pragma once

#include <vector>

#include "report/model.h"

namespace vincula::render::docx {

// How a table sits on the page: one width per grid column (twips, summing
// to the text width) and which columns centre their cells.
struct TableShape {
    std::vector<int> widths;
    std::vector<bool> centered;
};

// Columns with a width_percent keep it; the others share what is left by
// how much text they hold (their title's longest word, their longest line,
// capped), so a «No.» column stays narrow and a list of names gets room.
// Number columns, and columns of marks such as ✓, are centred.
TableShape shape_of(const report::Table& table, int total_width);

}  // namespace vincula::render::docx
