#include "render/xlsx/table_sheet.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "render/xlsx/sheet_layout.h"

namespace vincula::render::xlsx {
namespace {

constexpr const char* DATE_FORMAT = "dd/mm/yyyy";  // read as día/mes/año in Mexico
constexpr lxw_color_t HEADER_FILL = 0xD9D9D9;
constexpr double LINE_HEIGHT = 15;     // points, Excel's default row height
constexpr std::size_t MARK_BYTES = 3;  // «✓» is three bytes of UTF-8

constexpr lxw_row_t TITLE_ROW = 0;
constexpr lxw_row_t FIRST_HEADER_ROW = 2;  // a blank row under the title

// Keeps the first error; later calls cannot undo it.
class FirstError {
public:
    void operator()(lxw_error error) {
        if (m_error == LXW_NO_ERROR) {
            m_error = error;
        }
    }
    lxw_error value() const { return m_error; }

private:
    lxw_error m_error = LXW_NO_ERROR;
};

// Rows remember how many lines their tallest cell needs.
class RowHeights {
public:
    void need(lxw_row_t row, int lines) { m_lines[row] = std::max(m_lines[row], lines); }
    void apply(lxw_worksheet* sheet, FirstError& error) const {
        for (const auto& [row, lines] : m_lines) {
            if (lines > 1) {
                error(worksheet_set_row(sheet, row, lines * LINE_HEIGHT, nullptr));
            }
        }
    }

private:
    std::map<lxw_row_t, int> m_lines;
};

lxw_datetime excel_date(const common::Date& date) {
    return lxw_datetime{
        date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()), 0, 0, 0.0};
}

lxw_format* format_for(const report::Cell& cell, const SheetFormats& formats) {
    if (cell.date) {
        return formats.date;
    }
    if (cell.number) {
        return formats.number;
    }
    std::string text = cell_text(cell);
    bool mark = !text.empty() && text.size() <= MARK_BYTES && text.find('\n') == std::string::npos;
    return mark ? formats.mark : formats.text;
}

// Writes the value of `cell` at (row, column): a date, a number or text.
lxw_error write_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column,
                      const report::Cell& cell, const SheetFormats& formats) {
    if (cell.date) {
        lxw_datetime date = excel_date(*cell.date);
        return worksheet_write_datetime(sheet, row, column, &date, formats.date);
    }
    if (cell.number) {
        return worksheet_write_number(sheet, row, column, static_cast<double>(*cell.number),
                                      formats.number);
    }
    return worksheet_write_string(sheet, row, column, cell_text(cell).c_str(),
                                  format_for(cell, formats));
}

// The super header, then the column titles. Returns the row after them.
lxw_row_t write_header(lxw_worksheet* sheet, const report::Table& table,
                       const std::vector<double>& widths, const SheetFormats& formats,
                       RowHeights& heights, FirstError& error) {
    std::size_t columns = widths.size();
    auto title = [&](std::size_t column) {
        return column < table.columns.size() ? table.columns[column].title : std::string();
    };
    lxw_row_t row = FIRST_HEADER_ROW;
    std::vector<bool> written(columns, false);
    if (!table.super_header.empty()) {
        std::size_t column = 0;
        for (const auto& [text, requested_span] : table.super_header) {
            if (column >= columns) {
                break;
            }
            auto span =
                std::min(static_cast<std::size_t>(std::max(requested_span, 1)), columns - column);
            auto first = static_cast<lxw_col_t>(column);
            auto last = static_cast<lxw_col_t>(column + span - 1);
            double width = 0;
            for (std::size_t each = column; each < column + span; ++each) {
                width += widths[each];
            }
            heights.need(row, lines_needed(text, width));
            if (span == 1 && text.empty() != title(column).empty()) {
                // One cell two rows high, as «Integrantes e invitados» in the DOCX.
                error(worksheet_merge_range(sheet, row, first, row + 1, first,
                                            (text.empty() ? title(column) : text).c_str(),
                                            formats.header));
                written[column] = true;
            } else if (span > 1) {
                error(worksheet_merge_range(sheet, row, first, row, last, text.c_str(),
                                            formats.header));
            } else {
                error(worksheet_write_string(sheet, row, first, text.c_str(), formats.header));
            }
            column += span;
        }
        ++row;
    }
    for (std::size_t column = 0; column < columns; ++column) {
        if (!written[column]) {
            error(worksheet_write_string(sheet, row, static_cast<lxw_col_t>(column),
                                         title(column).c_str(), formats.header));
            heights.need(row, lines_needed(title(column), widths[column]));
        }
    }
    return row + 1;
}

}  // namespace

SheetFormats SheetFormats::create(lxw_workbook* workbook) {
    SheetFormats formats;
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 12);

    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_CENTER);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(formats.header, HEADER_FILL);
    format_set_border(formats.header, LXW_BORDER_THIN);

    for (lxw_format** body : {&formats.text, &formats.mark, &formats.number, &formats.date}) {
        *body = workbook_add_format(workbook);
        format_set_align(*body, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(*body, LXW_BORDER_THIN);
    }
    format_set_text_wrap(formats.text);
    format_set_align(formats.mark, LXW_ALIGN_CENTER);
    format_set_align(formats.number, LXW_ALIGN_CENTER);
    format_set_num_format(formats.date, DATE_FORMAT);
    format_set_align(formats.date, LXW_ALIGN_LEFT);
    return formats;
}

lxw_error write_table_sheet(lxw_worksheet* sheet, const report::Table& table,
                            const SheetFormats& formats) {
    std::size_t columns = table.columns.size();
    for (const auto& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    FirstError error;
    std::string title = table.number.empty() ? "" : "Tabla " + table.number + ".";
    title += (title.empty() || table.caption.empty() ? "" : " ") + table.caption;
    error(worksheet_write_string(sheet, TITLE_ROW, 0, title.c_str(), formats.title));
    if (columns == 0) {
        return error.value();
    }
    auto widths = column_widths(table, columns);
    for (std::size_t column = 0; column < columns; ++column) {
        auto at = static_cast<lxw_col_t>(column);
        error(worksheet_set_column(sheet, at, at, widths[column], nullptr));
    }
    RowHeights heights;
    lxw_row_t first_data_row = write_header(sheet, table, widths, formats, heights, error);
    worksheet_freeze_panes(sheet, first_data_row, 0);
    worksheet_repeat_rows(sheet, FIRST_HEADER_ROW, first_data_row - 1);
    for (std::size_t index = 0; index < table.rows.size(); ++index) {
        auto row = first_data_row + static_cast<lxw_row_t>(index);
        const auto& cells = table.rows[index];
        for (std::size_t column = 0; column < cells.size(); ++column) {
            const auto& cell = cells[column];
            auto at = static_cast<lxw_col_t>(column);
            if (cell.row_span == 0) {
                continue;  // covered by the merged cell above
            }
            if (cell.row_span > 1) {
                // Merge first, then write the real value (a date stays a date).
                auto last = row + static_cast<lxw_row_t>(cell.row_span - 1);
                error(
                    worksheet_merge_range(sheet, row, at, last, at, "", format_for(cell, formats)));
            } else if (!cell.date && !cell.number) {
                heights.need(row, lines_needed(cell_text(cell), widths[column]));
            }
            error(write_value(sheet, row, at, cell, formats));
        }
    }
    heights.apply(sheet, error);
    worksheet_set_paper(sheet, 1);  // Letter
    worksheet_fit_to_pages(sheet, 1, 0);
    return error.value();
}

}  // namespace vincula::render::xlsx
