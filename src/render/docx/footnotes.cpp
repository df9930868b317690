#include "render/docx/footnotes.h"

#include <algorithm>

#include "render/docx/runs.h"
#include "render/docx/xml_part.h"

namespace vincula::render::docx {
namespace {

void add_separator(pugi::xml_node footnotes, int id, const char* type) {
    auto footnote = add(footnotes, "w:footnote");
    set(footnote, "w:type", type);
    set(footnote, "w:id", id);
    auto paragraph = add(footnote, "w:p");
    auto properties = add(paragraph, "w:pPr");
    set(add(properties, "w:spacing"), "w:after", 0);
    add(add(paragraph, "w:r"), type[0] == 's' ? "w:separator" : "w:continuationSeparator");
}

}  // namespace

FootnoteMarks::FootnoteMarks(const std::vector<report::Footnote>& footnotes) {
    for (const auto& footnote : footnotes) {
        if (footnote.number > 0) {
            m_available.insert(footnote.number);
        }
    }
}

bool FootnoteMarks::claim(int number) {
    if (m_available.erase(number) == 0) {
        return false;
    }
    m_referenced.push_back(number);
    return true;
}

std::string footnotes_xml(const std::vector<report::Footnote>& footnotes,
                          const FootnoteMarks& marks) {
    XmlPart part("w:footnotes");
    declare_wordprocessing(part);
    add_separator(part.root(), -1, "separator");
    add_separator(part.root(), 0, "continuationSeparator");
    // A footnote's own text never carries further footnote references.
    FootnoteMarks none({});
    for (int number : marks.referenced()) {
        auto found = std::find_if(footnotes.begin(), footnotes.end(),
                                  [&](const auto& each) { return each.number == number; });
        auto footnote = add(part.root(), "w:footnote");
        set(footnote, "w:id", number);
        auto paragraph = add(footnote, "w:p");
        add_val(add(paragraph, "w:pPr"), "w:pStyle", "FootnoteText");
        auto mark = add(paragraph, "w:r");
        add_val(add(mark, "w:rPr"), "w:rStyle", "FootnoteReference");
        add(mark, "w:footnoteRef");
        append_run(paragraph, " ");
        append_text(paragraph, found->text, none);
    }
    return part.to_string();
}

}  // namespace vincula::render::docx
