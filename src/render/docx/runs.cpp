#include "render/docx/runs.h"

#include <string>

#include "render/docx/footnotes.h"
#include "render/docx/xml_part.h"

namespace vincula::render::docx {
namespace {

// rPr children must follow the schema order: rStyle, rFonts, b, bCs, i, iCs, …
void add_emphasis(pugi::xml_node run, report::Emphasis emphasis) {
    bool bold = emphasis == report::Emphasis::Bold || emphasis == report::Emphasis::BoldItalic;
    bool italic = emphasis == report::Emphasis::Italic || emphasis == report::Emphasis::BoldItalic;
    if (!bold && !italic) {
        return;
    }
    auto properties = add(run, "w:rPr");
    if (bold) {
        add(properties, "w:b");
        add(properties, "w:bCs");
    }
    if (italic) {
        add(properties, "w:i");
        add(properties, "w:iCs");
    }
}

void add_text_node(pugi::xml_node run, const std::string& text) {
    auto node = add(run, "w:t");
    // Without it Word drops leading and trailing spaces between runs.
    set(node, "xml:space", "preserve");
    node.text().set(text.c_str());
}

void append_instruction(pugi::xml_node parent, std::string_view instruction) {
    auto run = add(parent, "w:r");
    auto node = add(run, "w:instrText");
    set(node, "xml:space", "preserve");
    node.text().set((" " + std::string(instruction) + " ").c_str());
}

void append_field_char(pugi::xml_node parent, const char* type) {
    auto run = add(parent, "w:r");
    set(add(run, "w:fldChar"), "w:fldCharType", type);
}

void append_superscript_number(pugi::xml_node paragraph, int number) {
    auto run = add(paragraph, "w:r");
    auto properties = add(run, "w:rPr");
    add_val(properties, "w:rStyle", "FootnoteReference");
    add_text_node(run, std::to_string(number));
}

}  // namespace

void append_text(pugi::xml_node paragraph, const report::Text& text, FootnoteMarks& footnotes) {
    for (const auto& span : text) {
        if (!span.text.empty()) {
            append_run(paragraph, span.text, span.emphasis);
        }
        if (!span.footnote) {
            continue;
        }
        int number = *span.footnote;
        if (!footnotes.claim(number)) {
            append_superscript_number(paragraph, number);
            continue;
        }
        auto run = add(paragraph, "w:r");
        add_val(add(run, "w:rPr"), "w:rStyle", "FootnoteReference");
        set(add(run, "w:footnoteReference"), "w:id", number);
    }
}

pugi::xml_node append_run(pugi::xml_node paragraph, std::string_view text,
                          report::Emphasis emphasis) {
    auto run = add(paragraph, "w:r");
    add_emphasis(run, emphasis);
    std::string pending;
    for (char character : xml_safe(text)) {
        if (character != '\t' && character != '\n') {
            if (character != '\r') {
                pending.push_back(character);
            }
            continue;
        }
        if (!pending.empty()) {
            add_text_node(run, pending);
            pending.clear();
        }
        add(run, character == '\t' ? "w:tab" : "w:br");
    }
    if (!pending.empty()) {
        add_text_node(run, pending);
    }
    return run;
}

void append_field(pugi::xml_node parent, std::string_view instruction, std::string_view result) {
    append_field_begin(parent, instruction);
    append_field_separate(parent);
    if (!result.empty()) {
        append_run(parent, result);
    }
    append_field_end(parent);
}

void append_field_begin(pugi::xml_node paragraph, std::string_view instruction) {
    append_field_char(paragraph, "begin");
    append_instruction(paragraph, instruction);
}

void append_field_separate(pugi::xml_node paragraph) {
    append_field_char(paragraph, "separate");
}

void append_field_end(pugi::xml_node paragraph) {
    append_field_char(paragraph, "end");
}

}  // namespace vincula::render::docx
