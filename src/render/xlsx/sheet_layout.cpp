#include "render/xlsx/sheet_layout.h"

#include <algorithm>
#include <cmath>

namespace vincula::render::xlsx {
namespace {

constexpr std::size_t EXCEL_MAX_CELL_TEXT = 32767;
constexpr double NARROWEST_COLUMN = 6;
constexpr double WIDEST_COLUMN = 50;
constexpr double DATE_COLUMN = 12;  // «24/11/2021» and some air
constexpr double SHORT_TITLE = 14;  // a title this long stays on one line
constexpr double PADDING = 2;

std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;  // UTF-8 lead bytes
    }));
}

// Calls `visit` with each piece of `text` between `separator`s.
template <class Visit>
void for_each_piece(const std::string& text, char separator, Visit visit) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(separator, start), text.size());
        visit(text.substr(start, end - start));
        start = end + 1;
    }
}

double longest_word(const std::string& text) {
    std::size_t longest = 0;
    for_each_piece(text, ' ',
                   [&](const std::string& word) { longest = std::max(longest, characters(word)); });
    return static_cast<double>(longest);
}

}  // namespace

std::string cell_text(const report::Cell& cell) {
    std::string text;
    for (const auto& line : cell.lines) {
        if (!text.empty()) {
            text += '\n';
        }
        if (cell.bulleted) {
            text += "• ";
        }
        for (const auto& span : line) {
            text += span.text;
        }
    }
    return text.substr(0, EXCEL_MAX_CELL_TEXT);
}

std::vector<double> column_widths(const report::Table& table, std::size_t columns) {
    std::vector<double> widths(columns, NARROWEST_COLUMN);
    auto widen = [&](std::size_t column, double width) {
        widths[column] =
            std::clamp(std::max(widths[column], width + PADDING), NARROWEST_COLUMN, WIDEST_COLUMN);
    };
    for (std::size_t column = 0; column < std::min(columns, table.columns.size()); ++column) {
        // Titles wrap: a long one needs room for its longest word, not its length.
        const std::string& title = table.columns[column].title;
        widen(column, std::min(static_cast<double>(characters(title)),
                               std::max(longest_word(title), SHORT_TITLE)));
        if (table.columns[column].kind == report::ColumnKind::Date) {
            widen(column, DATE_COLUMN);
        }
    }
    for (const auto& row : table.rows) {
        for (std::size_t column = 0; column < std::min(columns, row.size()); ++column) {
            if (row[column].date) {
                widen(column, DATE_COLUMN);
                continue;
            }
            for_each_piece(cell_text(row[column]), '\n', [&](const std::string& line) {
                widen(column, static_cast<double>(characters(line)));
            });
        }
    }
    return widths;
}

int lines_needed(const std::string& text, double width) {
    // Words do not break mid-way, so a wrapped line holds a little less.
    double usable = std::max(width - PADDING, 1.0);
    int lines = 0;
    for_each_piece(text, '\n', [&](const std::string& line) {
        lines += std::max(1, static_cast<int>(std::ceil(characters(line) / usable)));
    });
    return lines;
}

}  // namespace vincula::render::xlsx
