#pragma once

#include <string>
#include <vector>

#include "report/model.h"

// Lists through word/numbering.xml, so Word and LibreOffice show real bullet
// and numbered lists the user can continue typing in.
namespace vincula::render::docx {

// Three abstract list definitions (bullets, upper-case roman, decimal; the
// levels below the first are always bullets, as the model nests bullet
// items) and one list instance per list in the document, so that every
// roman or numbered list starts again at I or 1.
class ListNumbering {
public:
    // A new list instance of `style`; the returned numId goes in w:numPr.
    int add_list(report::ListStyle style);
    // The one bullet instance shared by every bulleted table cell.
    int cell_bullets();

    std::string to_xml() const;

private:
    std::vector<report::ListStyle> m_instances;  // numId - 1 -> style
    int m_cell_bullets = 0;
};

}  // namespace vincula::render::docx
