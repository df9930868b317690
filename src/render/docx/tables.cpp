#include <algorithm>
#include <cstdio>
#include <numeric>
#include <string>

#include "render/docx/body.h"
#include "render/docx/numbering.h"
#include "render/docx/page_layout.h"
#include "render/docx/runs.h"
#include "render/docx/xml_part.h"
#include "render/layout/column_widths.h"

// Numbered, captioned tables: a header that repeats on every page, rows that
// never split across pages, grouped first columns as vertical merges and the
// attendance matrix's super header as a horizontal span.
namespace vincula::render::docx {
namespace {

constexpr const char* HEADER_SHADE = "D9D9D9";
constexpr int CELL_BULLET_INDENT = 284;
constexpr int CELL_BULLET_HANGING = 227;

// A character of bold 9.5 pt Arial, and a cell's side margins, in twips.
constexpr layout::PageMeasure PAGE{TEXT_WIDTH, 110, 230};

enum class RowKind { Header, Data };
enum class Merge { None, Restart, Continue };

pugi::xml_node add_row(pugi::xml_node table, RowKind kind) {
    auto row = add(table, "w:tr");
    auto properties = add(row, "w:trPr");
    add(properties, "w:cantSplit");
    if (kind == RowKind::Header) {
        add(properties, "w:tblHeader");
    }
    return row;
}

// A cell and its properties, in CT_TcPr order: tcW, gridSpan, vMerge, shd, vAlign.
pugi::xml_node add_cell(pugi::xml_node row, int width, int span, Merge merge, RowKind kind) {
    auto cell = add(row, "w:tc");
    auto properties = add(cell, "w:tcPr");
    auto cell_width = add(properties, "w:tcW");
    set(cell_width, "w:w", width);
    set(cell_width, "w:type", "dxa");
    if (span > 1) {
        add_val(properties, "w:gridSpan", std::to_string(span));
    }
    if (merge == Merge::Restart) {
        add_val(properties, "w:vMerge", "restart");
    } else if (merge == Merge::Continue) {
        add(properties, "w:vMerge");
    }
    if (kind == RowKind::Header) {
        auto shade = add_val(properties, "w:shd", "clear");
        set(shade, "w:color", "auto");
        set(shade, "w:fill", HEADER_SHADE);
    }
    add_val(properties, "w:vAlign", "center");
    return cell;
}

void header_text(pugi::xml_node cell, const std::string& text) {
    auto paragraph = add(cell, "w:p");
    add_val(add(paragraph, "w:pPr"), "w:pStyle", "TableHeading");
    if (!text.empty()) {
        append_run(paragraph, text);
    }
}

int span_width(const std::vector<int>& widths, std::size_t first, std::size_t count) {
    auto begin = widths.begin() + static_cast<long>(first);
    return std::accumulate(begin, begin + static_cast<long>(count), 0);
}

// A date or number the assembly left without words still shows.
std::string fallback_text(const report::Cell& cell) {
    if (cell.date) {
        char text[32];
        std::snprintf(text, sizeof text, "%02u/%02u/%04d", cell.date->day(), cell.date->month(),
                      cell.date->year());
        return text;
    }
    return cell.number ? std::to_string(*cell.number) : std::string();
}

// The grid in whole twips; the last column takes the rounding, so the grid
// fills the text width exactly.
std::vector<int> twips_of(const std::vector<double>& shares) {
    std::vector<int> widths;
    int assigned = 0;
    for (std::size_t column = 0; column < shares.size(); ++column) {
        int width = column + 1 == shares.size() ? TEXT_WIDTH - assigned
                                                : static_cast<int>(shares[column] * TEXT_WIDTH);
        widths.push_back(width);
        assigned += width;
    }
    return widths;
}

}  // namespace

void DocumentBody::table(const report::Table& table) {
    table_caption(table);
    auto shape = layout::shape_of(table, PAGE);
    auto widths = twips_of(shape.shares);
    if (widths.empty()) {
        return;
    }
    auto node = add(m_body, "w:tbl");
    auto properties = add(node, "w:tblPr");
    // CT_TblPr order: tblStyle, tblW, tblLayout. Fixed layout keeps our widths.
    add_val(properties, "w:tblStyle", "TableGrid");
    auto width = add(properties, "w:tblW");
    set(width, "w:w", TEXT_WIDTH);
    set(width, "w:type", "dxa");
    set(add(properties, "w:tblLayout"), "w:type", "fixed");
    auto grid = add(node, "w:tblGrid");
    for (int column : widths) {
        set(add(grid, "w:gridCol"), "w:w", column);
    }
    header_rows(node, table, widths);
    for (const auto& row : table.rows) {
        data_row(node, row, widths, shape.centered);
    }
    // Two tables in a row would merge into one in Word; a paragraph after
    // each also gives the text below some air.
    paragraph(nullptr);
}

void DocumentBody::table_caption(const report::Table& table) {
    std::string caption = table.number.empty() ? "" : "Tabla " + table.number + ".";
    if (!table.caption.empty()) {
        caption += (caption.empty() ? "" : " ") + table.caption;
    }
    if (!caption.empty()) {
        append_run(paragraph("Caption"), caption);
    }
}

void DocumentBody::header_rows(pugi::xml_node table, const report::Table& source,
                               const std::vector<int>& widths) {
    std::size_t columns = widths.size();
    auto title = [&](std::size_t column) {
        return column < source.columns.size() ? source.columns[column].title : std::string();
    };
    std::vector<bool> merged_from_above(columns, false);
    if (!source.super_header.empty()) {
        auto row = add_row(table, RowKind::Header);
        std::size_t column = 0;
        for (const auto& [text, requested_span] : source.super_header) {
            if (column >= columns) {
                break;
            }
            auto span = std::clamp<std::size_t>(
                static_cast<std::size_t>(std::max(requested_span, 1)), 1, columns - column);
            // A one-column entry over a column whose title is missing (or
            // the reverse) is one header cell two rows high, as «Integrantes
            // e invitados» beside «Asistencia a las sesiones».
            bool one_tall_cell = span == 1 && (text.empty() != title(column).empty());
            auto cell = add_cell(row, span_width(widths, column, span), static_cast<int>(span),
                                 one_tall_cell ? Merge::Restart : Merge::None, RowKind::Header);
            header_text(cell, one_tall_cell && text.empty() ? title(column) : text);
            merged_from_above[column] = one_tall_cell;
            column += span;
        }
        for (; column < columns; ++column) {
            auto cell = add_cell(row, widths[column], 1, Merge::Restart, RowKind::Header);
            header_text(cell, title(column));
            merged_from_above[column] = true;
        }
    }
    bool any_title = std::any_of(source.columns.begin(), source.columns.end(),
                                 [](const auto& column) { return !column.title.empty(); });
    if (!any_title && source.super_header.empty()) {
        return;  // a table without titles (the sessions' names and dates) has no header
    }
    auto row = add_row(table, RowKind::Header);
    for (std::size_t column = 0; column < columns; ++column) {
        bool below = merged_from_above[column];
        auto cell = add_cell(row, widths[column], 1, below ? Merge::Continue : Merge::None,
                             RowKind::Header);
        header_text(cell, below ? std::string() : title(column));
    }
}

void DocumentBody::data_row(pugi::xml_node table, const std::vector<report::Cell>& cells,
                            const std::vector<int>& widths, const std::vector<bool>& centered) {
    auto row = add_row(table, RowKind::Data);
    for (std::size_t column = 0; column < widths.size(); ++column) {
        if (column >= cells.size()) {
            add(add_cell(row, widths[column], 1, Merge::None, RowKind::Data), "w:p");
            continue;
        }
        const auto& source = cells[column];
        Merge merge = source.row_span > 1    ? Merge::Restart
                      : source.row_span == 0 ? Merge::Continue
                                             : Merge::None;
        auto cell = add_cell(row, widths[column], 1, merge, RowKind::Data);
        if (merge == Merge::Continue) {
            add(cell, "w:p");  // every cell needs a paragraph, even a covered one
            continue;
        }
        cell_lines(cell, source, centered[column]);
    }
}

void DocumentBody::cell_lines(pugi::xml_node cell, const report::Cell& source, bool centered) {
    auto start_paragraph = [&]() {
        auto paragraph = add(cell, "w:p");
        auto properties = add(paragraph, "w:pPr");
        // CT_PPr order: pStyle, numPr, ind, jc.
        add_val(properties, "w:pStyle", "TableText");
        if (source.bulleted) {
            auto numbering = add(properties, "w:numPr");
            add_val(numbering, "w:ilvl", "0");
            add_val(numbering, "w:numId", std::to_string(m_numbering.cell_bullets()));
            auto indent = add(properties, "w:ind");
            set(indent, "w:left", CELL_BULLET_INDENT);
            set(indent, "w:hanging", CELL_BULLET_HANGING);
        } else if (centered) {
            add_val(properties, "w:jc", "center");
        }
        return paragraph;
    };
    if (source.lines.empty()) {
        append_run(start_paragraph(), fallback_text(source));
        return;
    }
    for (const auto& line : source.lines) {
        append_text(start_paragraph(), line, m_footnotes);
    }
}

}  // namespace vincula::render::docx
