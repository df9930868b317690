#pragma once

#include <string_view>
#include <vector>

#include "report/model.h"

namespace vincula::report {

// Staff-written prose (activity descriptions, action texts) is stored in a
// tiny Markdown subset so it keeps the emphasis of the printed report:
// paragraphs separated by a blank line, «**negrita**», «*cursiva*», bullet
// lines «- » and nested «  - ». Anything else is text, printed as written.

// One line of inline text: «**bold**» and «*italic*» become spans; a marker
// without its closing partner is kept as a literal asterisk.
Text parse_inline(std::string_view text);

// Whole prose: paragraphs and bullet lists, in order.
std::vector<Block> parse_prose(std::string_view text);

// Plain text of spans (for search, tests and spreadsheet cells).
std::string plain_text(const Text& text);

}  // namespace vincula::report
