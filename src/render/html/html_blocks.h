#pragma once

#include <map>
#include <string>
#include <vector>

#include "report/model.h"

namespace vincula::render::html {

// Writes paragraphs, lists and tables. Footnote markers print the note's
// text in place (floated to the foot of the page by the print CSS) and a
// linked superscript for the screen; `notes` maps numbers to texts.
class BlockWriter {
public:
    BlockWriter(std::string& out, const std::map<int, const report::Footnote*>& notes)
        : m_out(out), m_notes(notes) {}

    void text(const report::Text& text);
    void blocks(const std::vector<report::Block>& blocks);

private:
    void paragraph(const report::Paragraph& paragraph);
    void list(const report::List& list);
    void items(const std::vector<report::ListItem>& items);
    void table(const report::Table& table);
    void cell(const report::Cell& cell, const report::Column& column);
    void footnote(int number);

    std::string& m_out;
    const std::map<int, const report::Footnote*>& m_notes;
};

}  // namespace vincula::render::html
