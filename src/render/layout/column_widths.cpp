#include "render/layout/column_widths.h"

#include <algorithm>
#include <numeric>
#include <string_view>

namespace vincula::render::layout {
namespace {

// In characters: a column never asks for more than a comfortable line, nor
// less than a short word.
constexpr std::size_t LONGEST_USEFUL_LINE = 40;
constexpr std::size_t SHORTEST_COLUMN = 4;
constexpr std::size_t LONGEST_UNBROKEN_WORD = 20;  // longer words may break
constexpr std::size_t MARK_LENGTH = 3;             // «✓», «Sí», «No»: centred

struct ColumnText {
    std::size_t longest_line = 0;
    std::size_t longest_word = 0;
    bool only_marks = true;
    bool any_text = false;
};

std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;  // UTF-8 lead bytes
    }));
}

std::size_t longest_word(std::string_view text) {
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(' ', start), text.size());
        longest = std::max(longest, characters(text.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

std::vector<ColumnText> measure(const report::Table& table, std::size_t columns) {
    std::vector<ColumnText> measured(columns);
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        measured[column].longest_word = longest_word(table.columns[column].title);
    }
    for (const auto& row : table.rows) {
        for (std::size_t column = 0; column < row.size(); ++column) {
            auto& text = measured[column];
            for (const auto& line : row[column].lines) {
                std::string joined;
                for (const auto& span : line) {
                    joined += span.text;
                }
                std::size_t length = characters(joined);
                text.longest_line = std::max(text.longest_line, length);
                text.longest_word = std::max(text.longest_word, longest_word(joined));
                text.only_marks = text.only_marks && length <= MARK_LENGTH;
                text.any_text = text.any_text || length > 0;
            }
        }
    }
    return measured;
}

// Fractions of the width summing to 1: given percentages first, the rest by
// the weight of each column's text.
std::vector<double> shares(const report::Table& table, const std::vector<ColumnText>& measured) {
    std::vector<double> share(measured.size(), 0.0);
    std::vector<double> weight(measured.size(), 0.0);
    double fixed = 0.0;
    for (std::size_t column = 0; column < measured.size(); ++column) {
        int percent = column < table.columns.size() ? table.columns[column].width_percent : 0;
        if (percent > 0) {
            share[column] = percent / 100.0;
            fixed += share[column];
            continue;
        }
        weight[column] = static_cast<double>(std::max(
            {measured[column].longest_word,
             std::min(measured[column].longest_line, LONGEST_USEFUL_LINE), SHORTEST_COLUMN}));
    }
    double weights = std::accumulate(weight.begin(), weight.end(), 0.0);
    // Percentages that claim the whole page still leave the other columns some room.
    double left = std::max(1.0 - fixed, weights > 0 ? 0.1 : 0.0);
    for (std::size_t column = 0; column < share.size(); ++column) {
        if (weight[column] > 0) {
            share[column] = weight[column] / weights * left;
        }
    }
    double total = std::accumulate(share.begin(), share.end(), 0.0);
    for (auto& each : share) {
        each = total > 0 ? each / total : 1.0 / static_cast<double>(share.size());
    }
    return share;
}

// Widens columns below their minimum, taking the room from the columns that
// have some to spare, in proportion to how much they have.
void respect_minimums(std::vector<double>& widths, const std::vector<double>& minimums) {
    double deficit = 0.0;
    double spare = 0.0;
    for (std::size_t column = 0; column < widths.size(); ++column) {
        deficit += std::max(0.0, minimums[column] - widths[column]);
        spare += std::max(0.0, widths[column] - minimums[column]);
    }
    if (deficit <= 0.0 || spare < deficit) {
        return;  // nothing to do, or the words cannot all fit: keep the proportions
    }
    for (std::size_t column = 0; column < widths.size(); ++column) {
        double room = widths[column] - minimums[column];
        widths[column] = room < 0 ? minimums[column] : widths[column] - room / spare * deficit;
    }
}

}  // namespace

ColumnShape shape_of(const report::Table& table, const PageMeasure& page) {
    std::size_t columns = table.columns.size();
    for (const auto& row : table.rows) {
        columns = std::max(columns, row.size());
    }
    ColumnShape shape;
    if (columns == 0 || page.total <= 0) {
        return shape;
    }
    auto measured = measure(table, columns);
    auto share = shares(table, measured);
    std::vector<double> widths;
    std::vector<double> minimums;
    for (std::size_t column = 0; column < columns; ++column) {
        widths.push_back(share[column] * page.total);
        // A column is never narrower than its longest word, or «No.» breaks in two.
        auto word = std::min(measured[column].longest_word, LONGEST_UNBROKEN_WORD);
        minimums.push_back(static_cast<double>(word) * page.character + page.padding);
    }
    respect_minimums(widths, minimums);
    for (std::size_t column = 0; column < columns; ++column) {
        shape.shares.push_back(widths[column] / page.total);
        bool number = column < table.columns.size() &&
                      table.columns[column].kind == report::ColumnKind::Number;
        shape.centered.push_back(number ||
                                 (measured[column].any_text && measured[column].only_marks));
    }
    return shape;
}

}  // namespace vincula::render::layout
