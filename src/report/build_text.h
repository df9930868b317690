#pragma once

#include <optional>
#include <string>

#include "common/date.h"
#include "report/model.h"

// Small constructors that keep the assembly code readable.
namespace vincula::report {

inline Span plain(std::string text) {
    return Span{std::move(text), Emphasis::None, std::nullopt};
}
inline Span bold(std::string text) {
    return Span{std::move(text), Emphasis::Bold, std::nullopt};
}
inline Span italic(std::string text) {
    return Span{std::move(text), Emphasis::Italic, std::nullopt};
}

inline Paragraph paragraph(std::string text) {
    return Paragraph{Text{plain(std::move(text))}};
}
inline Paragraph paragraph(Text text) {
    return Paragraph{std::move(text)};
}

inline Cell text_cell(Text text) {
    Cell cell;
    cell.lines.push_back(std::move(text));
    return cell;
}
inline Cell text_cell(std::string text) {
    return text_cell(Text{plain(std::move(text))});
}
inline Cell number_cell(long number) {
    auto cell = text_cell(std::to_string(number));
    cell.number = number;
    return cell;
}
// «Jueves 21 de octubre de 2021», with the date itself for spreadsheets.
Cell date_cell(const common::Date& date);
// An empty cell covered by the row span of the cell above.
inline Cell covered_cell() {
    Cell cell;
    cell.row_span = 0;
    return cell;
}

}  // namespace vincula::report
