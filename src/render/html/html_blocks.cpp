#include "render/html/html_blocks.h"

#include <cstdio>

#include "render/html/html_escape.h"
#include "render/layout/column_widths.h"

namespace vincula::render::html {

using namespace report;

namespace {

// The text width of a Letter page with report.css's margins (2.2 cm each
// side), a character of 9 pt bold DejaVu Sans and a cell's padding and
// borders, in points.
constexpr layout::PageMeasure PRINTED_PAGE{487.0, 5.6, 10.5};

}  // namespace

void BlockWriter::footnote(int number) {
    auto found = m_notes.find(number);
    auto id = std::to_string(number);
    if (found != m_notes.end()) {
        m_out += "<span class=\"footnote\">";
        text(found->second->text);
        m_out += "</span>";
    }
    m_out += "<sup class=\"note-ref\"><a id=\"llamada-" + id + "\" href=\"#nota-" + id + "\">" +
             id + "</a></sup>";
}

void BlockWriter::text(const Text& text) {
    for (const auto& span : text) {
        if (span.footnote) {
            footnote(*span.footnote);
            continue;
        }
        auto body = escape(span.text);
        switch (span.emphasis) {
            case Emphasis::None:
                m_out += body;
                break;
            case Emphasis::Bold:
                m_out += "<strong>" + body + "</strong>";
                break;
            case Emphasis::Italic:
                m_out += "<em>" + body + "</em>";
                break;
            case Emphasis::BoldItalic:
                m_out += "<strong><em>" + body + "</em></strong>";
                break;
        }
    }
}

void BlockWriter::paragraph(const Paragraph& paragraph) {
    m_out += "<p>";
    text(paragraph.text);
    m_out += "</p>\n";
}

void BlockWriter::items(const std::vector<ListItem>& items) {
    for (const auto& item : items) {
        m_out += "<li>";
        text(item.text);
        if (!item.items.empty()) {
            m_out += "<ul>";
            this->items(item.items);
            m_out += "</ul>";
        }
        m_out += "</li>\n";
    }
}

void BlockWriter::list(const List& list) {
    const char* tag = list.style == ListStyle::Bullet ? "ul" : "ol";
    m_out += std::string("<") + tag;
    if (list.style == ListStyle::Roman) {
        m_out += " type=\"i\"";
    }
    m_out += ">\n";
    items(list.items);
    m_out += std::string("</") + tag + ">\n";
}

void BlockWriter::cell(const Cell& cell, const Column& column) {
    std::string classes;
    if (column.kind == ColumnKind::Number) {
        classes = "number";
    } else if (cell.lines.size() == 1 && cell.lines[0].size() == 1 &&
               cell.lines[0][0].text == "✓") {
        classes = "mark";
    }
    m_out += "<td";
    if (!classes.empty()) {
        m_out += " class=\"" + classes + "\"";
    }
    if (cell.row_span > 1) {
        m_out += " rowspan=\"" + std::to_string(cell.row_span) + "\"";
    }
    m_out += ">";
    if (cell.bulleted) {
        m_out += "<ul>";
        for (const auto& line : cell.lines) {
            m_out += "<li>";
            text(line);
            m_out += "</li>";
        }
        m_out += "</ul>";
    } else {
        for (std::size_t i = 0; i < cell.lines.size(); ++i) {
            if (i > 0) {
                m_out += "<br>";
            }
            text(cell.lines[i]);
        }
    }
    m_out += "</td>";
}

void BlockWriter::table(const Table& table) {
    m_out += "<table id=\"tabla-" + escape(table.number) + "\">\n<caption>Tabla " +
             escape(table.number) + ". " + escape(table.caption) + "</caption>\n";
    // Fixed widths decided from the text (render::layout): paper and screen
    // get the same columns, and WeasyPrint does not measure every cell.
    auto shape = layout::shape_of(table, PRINTED_PAGE);
    m_out += "<colgroup>";
    for (double share : shape.shares) {
        char width[16];
        std::snprintf(width, sizeof width, "%.1f", share * 100.0);
        m_out += std::string("<col style=\"width:") + width + "%\">";
    }
    m_out += "</colgroup>\n";
    m_out += "<thead>\n";
    if (!table.super_header.empty()) {
        m_out += "<tr>";
        for (const auto& [title, span] : table.super_header) {
            m_out += "<th";
            if (span > 1) {
                m_out += " colspan=\"" + std::to_string(span) + "\"";
            }
            m_out += ">" + escape(title) + "</th>";
        }
        m_out += "</tr>\n";
    }
    m_out += "<tr>";
    for (const auto& column : table.columns) {
        m_out += "<th scope=\"col\">" + escape(column.title) + "</th>";
    }
    m_out += "</tr>\n</thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
        m_out += "<tr>";
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
            if (row[c].row_span != 0) {
                cell(row[c], table.columns[c]);
            }
        }
        m_out += "</tr>\n";
    }
    m_out += "</tbody>\n</table>\n";
}

void BlockWriter::blocks(const std::vector<Block>& blocks) {
    for (const auto& block : blocks) {
        if (const auto* item = std::get_if<Paragraph>(&block)) {
            paragraph(*item);
        } else if (const auto* item = std::get_if<List>(&block)) {
            list(*item);
        } else {
            table(std::get<Table>(block));
        }
    }
}

}  // namespace vincula::render::html
