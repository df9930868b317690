#pragma once

#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "report/model.h"

// word/document.xml, written block by block into <w:body>. The work is split
// over body.cpp (sections, paragraphs, lists, page setup), cover_and_index.cpp
// and tables.cpp.
namespace vincula::render::docx {

class ListNumbering;
class FootnoteMarks;

// Relationship ids of word/_rels/document.xml.rels the body refers to.
inline constexpr const char* PAGE_NUMBERS_FOOTER_ID = "rId5";
inline constexpr const char* COVER_FOOTER_ID = "rId6";

class DocumentBody {
public:
    DocumentBody(pugi::xml_node body, const report::ReportModel& model, ListNumbering& numbering,
                 FootnoteMarks& footnotes);

    void cover(const report::Cover& cover);
    // A brief document's heading: the cover's lines atop the first page.
    void heading_block(const report::Cover& cover);
    void index(const std::vector<report::Section>& sections);
    void sections(const std::vector<report::Section>& sections);
    // Letter paper, margins, footers; the cover page gets the empty footer
    // (a brief document numbers its first page like the others).
    void page_setup(bool cover_page = true);

private:
    pugi::xml_node paragraph(const char* style);
    void section(const report::Section& section);
    void heading(const report::Section& section);
    void list(const report::List& list);
    void list_items(const std::vector<report::ListItem>& items, int number_id, int level);
    void table(const report::Table& table);
    void table_caption(const report::Table& table);
    void header_rows(pugi::xml_node table, const report::Table& source,
                     const std::vector<int>& widths);
    void data_row(pugi::xml_node table, const std::vector<report::Cell>& cells,
                  const std::vector<int>& widths, const std::vector<bool>& centered);
    void cell_lines(pugi::xml_node cell, const report::Cell& source, bool centered);
    void index_entries(const std::vector<const report::Section*>& entries);

    void name_bookmarks(const std::vector<report::Section>& sections);
    const std::string& bookmark(const report::Section& section) const;

    pugi::xml_node m_body;
    ListNumbering& m_numbering;
    FootnoteMarks& m_footnotes;
    // Every heading carries a bookmark named after its anchor: the index
    // links to it and staff can cross-reference it.
    std::map<const report::Section*, std::string> m_bookmarks;
    std::set<std::string> m_bookmark_names;
    int m_next_bookmark_id = 0;
    // The index stands on its own page, as in the PDF: the heading after it
    // starts a new one.
    bool m_page_break_before_heading = false;
};

// The heading as printed: label and title («I. Sesiones…», «C) Difusión…»).
std::string heading_text(const report::Section& section);

// Whether the index lists this section: only parts and PAT lines, as the
// TOC field's \o "1-2" does once Word updates it.
bool listed_in_index(const report::Section& section);

}  // namespace vincula::render::docx
