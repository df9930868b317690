#pragma once

#include <xlsxwriter.h>

#include "report/model.h"

namespace vincula::render::xlsx {

// Cell formats shared by every sheet of a workbook (libxlsxwriter owns them).
struct SheetFormats {
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* mark = nullptr;  // «✓» and other one-character cells, centred
    lxw_format* number = nullptr;
    lxw_format* date = nullptr;

    static SheetFormats create(lxw_workbook* workbook);
};

// One table on its own worksheet: the caption as a title in the first row,
// the optional super header and the column titles in bold (frozen, and
// repeated when printing), then the rows. Returns the first error
// libxlsxwriter reports, LXW_NO_ERROR when all went in.
lxw_error write_table_sheet(lxw_worksheet* sheet, const report::Table& table,
                            const SheetFormats& formats);

}  // namespace vincula::render::xlsx
