#include "render/docx/numbering.h"

#include <array>

#include "render/docx/xml_part.h"

namespace vincula::render::docx {
namespace {

constexpr int MAX_LEVELS = 9;  // Word's limit: levels 0 to 8
constexpr int INDENT_STEP = 360;

int abstract_id(report::ListStyle style) {
    switch (style) {
        case report::ListStyle::Bullet:
            return 0;
        case report::ListStyle::Roman:
            return 1;
        case report::ListStyle::Numbered:
            return 2;
    }
    return 0;
}

// The bullet glyphs of levels 1, 2, 3… in turn.
constexpr std::array<const char*, 3> BULLETS = {"•", "◦", "▪"};

void add_level(pugi::xml_node abstract, int level, report::ListStyle style) {
    bool first = level == 0;
    auto node = add(abstract, "w:lvl");
    set(node, "w:ilvl", level);
    // CT_Lvl order: start, numFmt, lvlText, lvlJc, pPr, rPr.
    add_val(node, "w:start", "1");
    if (first && style == report::ListStyle::Roman) {
        add_val(node, "w:numFmt", "upperRoman");
        add_val(node, "w:lvlText", "%1.");
    } else if (first && style == report::ListStyle::Numbered) {
        add_val(node, "w:numFmt", "decimal");
        add_val(node, "w:lvlText", "%1.");
    } else {
        add_val(node, "w:numFmt", "bullet");
        add_val(node, "w:lvlText", BULLETS[static_cast<std::size_t>(level) % BULLETS.size()]);
    }
    add_val(node, "w:lvlJc", "left");
    auto indent = add(add(node, "w:pPr"), "w:ind");
    set(indent, "w:left", (level + 1) * 2 * INDENT_STEP);
    set(indent, "w:hanging", INDENT_STEP);
}

}  // namespace

int ListNumbering::add_list(report::ListStyle style) {
    m_instances.push_back(style);
    return static_cast<int>(m_instances.size());
}

int ListNumbering::cell_bullets() {
    if (m_cell_bullets == 0) {
        m_cell_bullets = add_list(report::ListStyle::Bullet);
    }
    return m_cell_bullets;
}

std::string ListNumbering::to_xml() const {
    XmlPart part("w:numbering");
    declare_wordprocessing(part);
    // Every w:abstractNum must come before the first w:num.
    for (auto style :
         {report::ListStyle::Bullet, report::ListStyle::Roman, report::ListStyle::Numbered}) {
        auto abstract = add(part.root(), "w:abstractNum");
        set(abstract, "w:abstractNumId", abstract_id(style));
        add_val(abstract, "w:multiLevelType", "hybridMultilevel");
        for (int level = 0; level < MAX_LEVELS; ++level) {
            add_level(abstract, level, style);
        }
    }
    for (std::size_t index = 0; index < m_instances.size(); ++index) {
        auto instance = add(part.root(), "w:num");
        set(instance, "w:numId", static_cast<long>(index + 1));
        add_val(instance, "w:abstractNumId", std::to_string(abstract_id(m_instances[index])));
        // Restart at the first number even though instances share a definition.
        auto override_level = add(instance, "w:lvlOverride");
        set(override_level, "w:ilvl", 0);
        add_val(override_level, "w:startOverride", "1");
    }
    return part.to_string();
}

}  // namespace vincula::render::docx
