#pragma once

#include <set>
#include <string>
#include <vector>

#include "report/model.h"

// Real footnotes: word/footnotes.xml and the bookkeeping of references.
namespace vincula::render::docx {

// Word lets each footnote be referenced once, and its ids must be positive
// and unique. This remembers which of the model's footnotes exist and which
// have been referenced, in document order.
class FootnoteMarks {
public:
    explicit FootnoteMarks(const std::vector<report::Footnote>& footnotes);

    // True the first time an existing footnote is referenced: the caller
    // writes a w:footnoteReference. False otherwise: a plain superscript.
    bool claim(int number);
    const std::vector<int>& referenced() const { return m_referenced; }

private:
    std::set<int> m_available;
    std::vector<int> m_referenced;
};

// word/footnotes.xml: the separator (-1) and continuation separator (0)
// Word expects, then every referenced footnote, with its own number as id.
// A footnote the body never references is left out: Word would not show it.
std::string footnotes_xml(const std::vector<report::Footnote>& footnotes,
                          const FootnoteMarks& marks);

}  // namespace vincula::render::docx
