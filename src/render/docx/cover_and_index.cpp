#include "render/docx/body.h"
#include "render/docx/runs.h"
#include "render/docx/xml_part.h"

// The cover (first page, no page number) and the index: a TOC field that
// Word rebuilds on opening (settings.xml asks it to) and LibreOffice on
// «Actualizar índice», pre-filled with the headings, linked to their
// bookmarks, so that a reader that never updates fields (LibreOffice until
// asked, pandoc, a phone viewer) still shows what the report contains.
namespace vincula::render::docx {
namespace {

// Vertical room above the cover blocks, in twips, echoing the seed's layout.
constexpr int SPACE_ABOVE_COMMISSION = 2268;  // 4 cm
constexpr int SPACE_ABOVE_TITLE = 1134;
constexpr int SPACE_ABOVE_APPROVAL = 1701;
constexpr int SPACE_ABOVE_BRIEF_TITLE = 240;

constexpr const char* INDEX_TITLE = "ÍNDICE";
constexpr const char* INDEX_FIELD = R"(TOC \o "1-2" \h \z \u)";
constexpr const char* EMPTY_INDEX_NOTE =
    "Actualice el índice (clic derecho, «Actualizar campos») para ver su contenido.";

void add_space_before(pugi::xml_node paragraph, int twips) {
    set(add(paragraph.child("w:pPr"), "w:spacing"), "w:before", twips);
}

void collect_entries(const std::vector<report::Section>& sections,
                     std::vector<const report::Section*>& entries) {
    for (const auto& section : sections) {
        if (listed_in_index(section)) {
            entries.push_back(&section);
        }
        collect_entries(section.sections, entries);
    }
}

}  // namespace

void DocumentBody::cover(const report::Cover& cover) {
    auto commission = paragraph("Cover");
    add_space_before(commission, SPACE_ABOVE_COMMISSION);
    append_run(commission, cover.commission);
    auto title = paragraph("Cover");
    add_space_before(title, SPACE_ABOVE_TITLE);
    append_run(title, cover.title);
    bool first = true;
    for (const auto& line : cover.approval) {
        auto approval = paragraph("CoverApproval");
        if (first) {
            add_space_before(approval, SPACE_ABOVE_APPROVAL);
            first = false;
        }
        append_run(approval, line);
    }
}

void DocumentBody::heading_block(const report::Cover& cover) {
    append_run(paragraph("Cover"), cover.commission);
    auto title = paragraph("Cover");
    add_space_before(title, SPACE_ABOVE_BRIEF_TITLE);
    append_run(title, cover.title);
    for (const auto& line : cover.approval) {
        append_run(paragraph("CoverApproval"), line);
    }
}

void DocumentBody::index(const std::vector<report::Section>& sections) {
    // The TOCHeading style breaks the page: the cover stands alone.
    append_run(paragraph("TOCHeading"), INDEX_TITLE);
    m_page_break_before_heading = true;
    std::vector<const report::Section*> entries;
    collect_entries(sections, entries);
    if (entries.empty()) {
        auto node = paragraph("TOC1");
        append_field_begin(node, INDEX_FIELD);
        append_field_separate(node);
        append_run(node, EMPTY_INDEX_NOTE);
        append_field_end(node);
        return;
    }
    index_entries(entries);
}

void DocumentBody::index_entries(const std::vector<const report::Section*>& entries) {
    for (std::size_t position = 0; position < entries.size(); ++position) {
        const auto& section = *entries[position];
        auto node = paragraph(section.level == 1 ? "TOC1" : "TOC2");
        if (position == 0) {
            append_field_begin(node, INDEX_FIELD);
            append_field_separate(node);
        }
        // Page numbers come with the update: a cached number would be a
        // guess, and LibreOffice shows the cached entries as they are.
        auto link = add(node, "w:hyperlink");
        set(link, "w:anchor", bookmark(section));
        set(link, "w:history", 1);
        append_run(link, heading_text(section));
        if (position + 1 == entries.size()) {
            append_field_end(node);
        }
    }
}

}  // namespace vincula::render::docx
