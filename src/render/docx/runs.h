#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "report/model.h"

// Inline content of a paragraph: runs of text with emphasis, footnote
// references and fields.
namespace vincula::render::docx {

class FootnoteMarks;

// Appends `text` as runs: emphasis as bold/italic, footnote markers as real
// footnote references (or a superscript number when Word cannot take one).
void append_text(pugi::xml_node paragraph, const report::Text& text, FootnoteMarks& footnotes);

// One run; a tab or line feed inside `text` becomes <w:tab/> or <w:br/>.
pugi::xml_node append_run(pugi::xml_node paragraph, std::string_view text,
                          report::Emphasis emphasis = report::Emphasis::None);

// A field Word and LibreOffice compute (PAGE, NUMPAGES, PAGEREF, TOC):
// begin, instruction, separate, the last known `result`, end. Runs are
// appended to `parent` (a paragraph or a hyperlink).
void append_field(pugi::xml_node parent, std::string_view instruction, std::string_view result);

// The field's parts separately, for fields whose result spans paragraphs.
void append_field_begin(pugi::xml_node paragraph, std::string_view instruction);
void append_field_separate(pugi::xml_node paragraph);
void append_field_end(pugi::xml_node paragraph);

}  // namespace vincula::render::docx
