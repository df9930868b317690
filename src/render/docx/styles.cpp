#include <string>

#include "render/docx/document_parts.h"
#include "render/docx/page_layout.h"
#include "render/docx/xml_part.h"

// word/styles.xml. Built-in styles keep their English built-in names
// («heading 1», «footnote text»): Word and LibreOffice show them translated
// («Título 1», «Texto nota pie») and pandoc recognises them; styleIds are the
// ones Word itself writes. Children of every pPr and rPr follow the schema
// order, which Word enforces.
namespace vincula::render::docx {
namespace {

constexpr const char* FONT = "Arial";

pugi::xml_node add_style(pugi::xml_node styles, const char* type, const char* id, const char* name,
                         const char* based_on = nullptr, const char* next = nullptr) {
    auto style = add(styles, "w:style");
    set(style, "w:type", type);
    set(style, "w:styleId", id);
    add_val(style, "w:name", name);
    if (based_on != nullptr) {
        add_val(style, "w:basedOn", based_on);
    }
    if (next != nullptr) {
        add_val(style, "w:next", next);
    }
    return style;
}

void add_spacing(pugi::xml_node properties, int before, int after) {
    auto spacing = add(properties, "w:spacing");
    set(spacing, "w:before", before);
    set(spacing, "w:after", after);
}

// rPr with bold, italic and a size in half-points (0: inherit).
void add_run_properties(pugi::xml_node style, bool bold, bool italic, int half_points) {
    auto properties = add(style, "w:rPr");
    if (bold) {
        add(properties, "w:b");
        add(properties, "w:bCs");
    }
    if (italic) {
        add(properties, "w:i");
        add(properties, "w:iCs");
    }
    if (half_points > 0) {
        add_val(properties, "w:sz", std::to_string(half_points));
        add_val(properties, "w:szCs", std::to_string(half_points));
    }
}

void add_defaults(pugi::xml_node styles, const std::string& language) {
    auto defaults = add(styles, "w:docDefaults");
    auto run = add(add(add(defaults, "w:rPrDefault"), "w:rPr"), "w:rFonts");
    for (const char* attribute : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) {
        set(run, attribute, FONT);
    }
    auto run_properties = run.parent();
    add_val(run_properties, "w:sz", "22");
    add_val(run_properties, "w:szCs", "22");
    auto lang = add_val(run_properties, "w:lang", language);
    set(lang, "w:eastAsia", language);
    set(lang, "w:bidi", "ar-SA");
    auto paragraph = add(add(defaults, "w:pPrDefault"), "w:pPr");
    auto spacing = add(paragraph, "w:spacing");
    set(spacing, "w:after", 160);
    set(spacing, "w:line", 264);
    set(spacing, "w:lineRule", "auto");
}

void add_base_styles(pugi::xml_node styles) {
    auto normal = add_style(styles, "paragraph", "Normal", "Normal");
    set(normal, "w:default", 1);
    add(normal, "w:qFormat");
    add_val(add(normal, "w:pPr"), "w:jc", "both");

    auto font = add_style(styles, "character", "DefaultParagraphFont", "Default Paragraph Font");
    set(font, "w:default", 1);
    add_val(font, "w:uiPriority", "1");
    add(font, "w:semiHidden");
    add(font, "w:unhideWhenUsed");

    auto table = add_style(styles, "table", "TableNormal", "Normal Table");
    set(table, "w:default", 1);
    add(table, "w:semiHidden");
    auto table_properties = add(table, "w:tblPr");
    set(add(table_properties, "w:tblInd"), "w:w", 0);
    set(table_properties.child("w:tblInd"), "w:type", "dxa");
    auto margins = add(table_properties, "w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        auto margin = add(margins, side);
        bool horizontal = side[2] == 'l' || side[2] == 'r';
        set(margin, "w:w", horizontal ? 85 : 28);
        set(margin, "w:type", "dxa");
    }
}

void add_headings(pugi::xml_node styles) {
    // Sizes in half-points for levels 1 to 4: part, PAT line, action, sub-heading.
    constexpr int SIZES[] = {28, 24, 22, 22};
    for (int level = 1; level <= 4; ++level) {
        auto id = "Heading" + std::to_string(level);
        auto name = "heading " + std::to_string(level);
        auto style = add_style(styles, "paragraph", id.c_str(), name.c_str(), "Normal", "Normal");
        add_val(style, "w:uiPriority", "9");
        add(style, "w:qFormat");
        auto paragraph = add(style, "w:pPr");
        add(paragraph, "w:keepNext");
        add(paragraph, "w:keepLines");
        add_spacing(paragraph, level == 1 ? 360 : 240, 120);
        add_val(paragraph, "w:jc", "left");
        add_val(paragraph, "w:outlineLvl", std::to_string(level - 1));
        add_run_properties(style, true, level == 4, SIZES[level - 1]);
    }
    // Headings the model keeps out of the index: the same look, body-text
    // outline level, so the TOC field (\o "1-2" \u) skips them.
    for (int level = 1; level <= 2; ++level) {
        auto id = "Heading" + std::to_string(level) + "Unlisted";
        auto name = "Título " + std::to_string(level) + " sin índice";
        auto based_on = "Heading" + std::to_string(level);
        auto style =
            add_style(styles, "paragraph", id.c_str(), name.c_str(), based_on.c_str(), "Normal");
        add(style, "w:qFormat");
        add_val(add(style, "w:pPr"), "w:outlineLvl", "9");
    }
}

void add_cover_and_index(pugi::xml_node styles) {
    auto cover = add_style(styles, "paragraph", "Cover", "Portada", "Normal", "Cover");
    auto cover_paragraph = add(cover, "w:pPr");
    add_spacing(cover_paragraph, 0, 360);
    add_val(cover_paragraph, "w:jc", "center");
    add_run_properties(cover, true, false, 28);

    auto approval = add_style(styles, "paragraph", "CoverApproval", "Portada aprobación", "Cover",
                              "CoverApproval");
    add_spacing(add(approval, "w:pPr"), 0, 0);
    // Not bold, although based on the bold cover style.
    auto approval_run = add(approval, "w:rPr");
    add_val(approval_run, "w:b", "0");
    add_val(approval_run, "w:bCs", "0");
    add_val(approval_run, "w:sz", "22");
    add_val(approval_run, "w:szCs", "22");

    auto heading = add_style(styles, "paragraph", "TOCHeading", "TOC Heading", "Normal", "Normal");
    add_val(heading, "w:uiPriority", "39");
    auto heading_paragraph = add(heading, "w:pPr");
    add(heading_paragraph, "w:keepNext");
    add(heading_paragraph, "w:pageBreakBefore");
    add_spacing(heading_paragraph, 0, 240);
    add_val(heading_paragraph, "w:jc", "center");
    add_run_properties(heading, true, false, 24);

    for (int level = 1; level <= 2; ++level) {
        auto id = "TOC" + std::to_string(level);
        auto name = "toc " + std::to_string(level);
        auto style = add_style(styles, "paragraph", id.c_str(), name.c_str(), "Normal", "Normal");
        add_val(style, "w:uiPriority", "39");
        add(style, "w:unhideWhenUsed");
        auto paragraph = add(style, "w:pPr");
        auto tab = add(add(paragraph, "w:tabs"), "w:tab");
        set(tab, "w:val", "right");
        set(tab, "w:leader", "dot");
        set(tab, "w:pos", TEXT_WIDTH);
        add_spacing(paragraph, 0, 100);
        // No right indent: LibreOffice hides what follows a tab stop beyond it.
        set(add(paragraph, "w:ind"), "w:left", (level - 1) * 284);
        add_val(paragraph, "w:jc", "left");
    }
}

void add_table_styles(pugi::xml_node styles) {
    auto caption = add_style(styles, "paragraph", "Caption", "caption", "Normal", "Normal");
    add_val(caption, "w:uiPriority", "35");
    add(caption, "w:qFormat");
    auto caption_paragraph = add(caption, "w:pPr");
    add(caption_paragraph, "w:keepNext");
    add_spacing(caption_paragraph, 120, 80);
    add_val(caption_paragraph, "w:jc", "center");
    add_run_properties(caption, true, false, 20);

    auto text =
        add_style(styles, "paragraph", "TableText", "Texto de tabla", "Normal", "TableText");
    auto text_paragraph = add(text, "w:pPr");
    add_spacing(text_paragraph, 20, 20);
    add_val(text_paragraph, "w:jc", "left");
    add_run_properties(text, false, false, 19);

    auto header = add_style(styles, "paragraph", "TableHeading", "Encabezado de tabla", "TableText",
                            "TableHeading");
    auto header_paragraph = add(header, "w:pPr");
    add(header_paragraph, "w:keepNext");
    add_val(header_paragraph, "w:jc", "center");
    add_run_properties(header, true, false, 0);

    auto grid = add_style(styles, "table", "TableGrid", "Table Grid", "TableNormal");
    add_val(grid, "w:uiPriority", "39");
    auto borders = add(add(grid, "w:tblPr"), "w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        auto border = add_val(borders, side, "single");
        set(border, "w:sz", 4);
        set(border, "w:space", 0);
        set(border, "w:color", "808080");
    }
}

void add_text_styles(pugi::xml_node styles) {
    auto list = add_style(styles, "paragraph", "ListParagraph", "List Paragraph", "Normal",
                          "ListParagraph");
    add_val(list, "w:uiPriority", "34");
    add(list, "w:qFormat");
    auto list_paragraph = add(list, "w:pPr");
    add_spacing(list_paragraph, 0, 80);
    set(add(list_paragraph, "w:ind"), "w:left", 720);

    auto note = add_style(styles, "paragraph", "FootnoteText", "footnote text", "Normal");
    add(note, "w:unhideWhenUsed");
    auto note_paragraph = add(note, "w:pPr");
    add_spacing(note_paragraph, 0, 0);
    add_run_properties(note, false, false, 18);

    auto reference = add_style(styles, "character", "FootnoteReference", "footnote reference",
                               "DefaultParagraphFont");
    add(reference, "w:unhideWhenUsed");
    add_val(add(reference, "w:rPr"), "w:vertAlign", "superscript");

    auto footer = add_style(styles, "paragraph", "Footer", "footer", "Normal");
    add(footer, "w:unhideWhenUsed");
    auto footer_paragraph = add(footer, "w:pPr");
    add_spacing(footer_paragraph, 0, 0);
    add_val(footer_paragraph, "w:jc", "center");
    add_run_properties(footer, false, false, 18);
}

}  // namespace

std::string styles_xml(const std::string& language) {
    XmlPart part("w:styles");
    declare_wordprocessing(part);
    add_defaults(part.root(), language);
    add_base_styles(part.root());
    add_headings(part.root());
    add_cover_and_index(part.root());
    add_table_styles(part.root());
    add_text_styles(part.root());
    return part.to_string();
}

}  // namespace vincula::render::docx
