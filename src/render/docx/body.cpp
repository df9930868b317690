#include "render/docx/body.h"

#include <algorithm>

#include "render/docx/document_parts.h"
#include "render/docx/footnotes.h"
#include "render/docx/numbering.h"
#include "render/docx/page_layout.h"
#include "render/docx/runs.h"
#include "render/docx/xml_part.h"

namespace vincula::render::docx {
namespace {

constexpr int MAX_LIST_LEVEL = 8;
constexpr std::size_t MAX_BOOKMARK_LENGTH = 40;  // Word truncates longer names

bool ascii_letter(char character) {
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

bool ascii_digit(char character) {
    return character >= '0' && character <= '9';
}

// Bookmark names must start with a letter and hold only letters, digits
// and underscores; the model's anchors («seccion-2.3») are close to that.
// Four characters stay free for a suffix that keeps names unique.
std::string bookmark_base(const std::string& anchor) {
    std::string name;
    for (char character : anchor) {
        name.push_back(ascii_letter(character) || ascii_digit(character) ? character : '_');
    }
    if (name.empty() || !ascii_letter(name.front())) {
        name = "s_" + name;
    }
    return name.substr(0, MAX_BOOKMARK_LENGTH - 4);
}

}  // namespace

std::string heading_text(const report::Section& section) {
    return section.label.empty() ? section.title : section.label + " " + section.title;
}

bool listed_in_index(const report::Section& section) {
    return section.in_index && section.level <= 2;
}

DocumentBody::DocumentBody(pugi::xml_node body, const report::ReportModel& model,
                           ListNumbering& numbering, FootnoteMarks& footnotes)
    : m_body(body), m_numbering(numbering), m_footnotes(footnotes) {
    name_bookmarks(model.sections);
}

void DocumentBody::name_bookmarks(const std::vector<report::Section>& sections) {
    for (const auto& section : sections) {
        std::string base = bookmark_base(section.anchor);
        std::string name = base;
        for (int suffix = 2; m_bookmark_names.count(name) != 0; ++suffix) {
            name = base + "_" + std::to_string(suffix);
        }
        m_bookmark_names.insert(name);
        m_bookmarks[&section] = name;
        name_bookmarks(section.sections);
    }
}

const std::string& DocumentBody::bookmark(const report::Section& section) const {
    return m_bookmarks.at(&section);
}

pugi::xml_node DocumentBody::paragraph(const char* style) {
    auto node = add(m_body, "w:p");
    if (style != nullptr) {
        add_val(add(node, "w:pPr"), "w:pStyle", style);
    }
    return node;
}

void DocumentBody::sections(const std::vector<report::Section>& sections) {
    for (const auto& each : sections) {
        section(each);
    }
}

void DocumentBody::section(const report::Section& section) {
    heading(section);
    for (const auto& block : section.blocks) {
        if (const auto* text = std::get_if<report::Paragraph>(&block)) {
            append_text(paragraph(nullptr), text->text, m_footnotes);
        } else if (const auto* items = std::get_if<report::List>(&block)) {
            list(*items);
        } else if (const auto* data = std::get_if<report::Table>(&block)) {
            table(*data);
        }
    }
    sections(section.sections);
}

void DocumentBody::heading(const report::Section& section) {
    int level = std::clamp(section.level, 1, 4);
    std::string style = "Heading" + std::to_string(level);
    if (level <= 2 && !section.in_index) {
        style += "Unlisted";
    }
    auto node = paragraph(style.c_str());
    if (m_page_break_before_heading) {
        add(node.child("w:pPr"), "w:pageBreakBefore");
        m_page_break_before_heading = false;
    }
    int id = m_next_bookmark_id++;
    auto start = add(node, "w:bookmarkStart");
    set(start, "w:id", id);
    set(start, "w:name", bookmark(section));
    append_run(node, heading_text(section));
    set(add(node, "w:bookmarkEnd"), "w:id", id);
}

void DocumentBody::list(const report::List& list) {
    list_items(list.items, m_numbering.add_list(list.style), 0);
}

void DocumentBody::list_items(const std::vector<report::ListItem>& items, int number_id,
                              int level) {
    for (const auto& item : items) {
        auto node = add(m_body, "w:p");
        auto properties = add(node, "w:pPr");
        add_val(properties, "w:pStyle", "ListParagraph");
        auto numbering = add(properties, "w:numPr");
        add_val(numbering, "w:ilvl", std::to_string(std::min(level, MAX_LIST_LEVEL)));
        add_val(numbering, "w:numId", std::to_string(number_id));
        append_text(node, item.text, m_footnotes);
        list_items(item.items, number_id, level + 1);
    }
}

void DocumentBody::page_setup(bool cover_page) {
    auto section = add(m_body, "w:sectPr");
    // CT_SectPr order: footerReference, pgSz, pgMar, cols, titlePg, docGrid.
    auto pages = add(section, "w:footerReference");
    set(pages, "w:type", "default");
    set(pages, "r:id", PAGE_NUMBERS_FOOTER_ID);
    if (cover_page) {
        auto cover = add(section, "w:footerReference");
        set(cover, "w:type", "first");
        set(cover, "r:id", COVER_FOOTER_ID);
    }
    auto size = add(section, "w:pgSz");
    set(size, "w:w", PAGE_WIDTH);
    set(size, "w:h", PAGE_HEIGHT);
    auto margins = add(section, "w:pgMar");
    set(margins, "w:top", MARGIN_TOP);
    set(margins, "w:right", MARGIN_RIGHT);
    set(margins, "w:bottom", MARGIN_BOTTOM);
    set(margins, "w:left", MARGIN_LEFT);
    set(margins, "w:header", HEADER_DISTANCE);
    set(margins, "w:footer", FOOTER_DISTANCE);
    set(margins, "w:gutter", 0);
    set(add(section, "w:cols"), "w:space", 708);
    // The first page (the cover) takes the "first" footer, which is empty.
    if (cover_page) {
        add(section, "w:titlePg");
    }
    set(add(section, "w:docGrid"), "w:linePitch", 360);
}

std::string document_xml(const report::ReportModel& model, ListNumbering& numbering,
                         FootnoteMarks& footnotes) {
    XmlPart part("w:document");
    declare_wordprocessing(part);
    DocumentBody body(add(part.root(), "w:body"), model, numbering, footnotes);
    if (model.brief) {
        body.heading_block(model.cover);
    } else {
        body.cover(model.cover);
        body.index(model.sections);
    }
    body.sections(model.sections);
    body.page_setup(!model.brief);
    return part.to_string();
}

}  // namespace vincula::render::docx
