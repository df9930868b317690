#include "render/docx/xml_part.h"

#include <sstream>

namespace vincula::render::docx {

XmlPart::XmlPart(const char* root_name) {
    auto declaration = m_document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
    m_root = m_document.append_child(root_name);
}

std::string XmlPart::to_string() const {
    std::ostringstream out;
    m_document.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

XmlPart& declare_wordprocessing(XmlPart& part) {
    set(part.root(), "xmlns:w", WORDPROCESSING_NS);
    set(part.root(), "xmlns:r", RELATIONSHIPS_NS);
    return part;
}

pugi::xml_node add(pugi::xml_node parent, const char* name) {
    return parent.append_child(name);
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, std::string_view value) {
    auto node = parent.append_child(name);
    set(node, "w:val", value);
    return node;
}

void set(pugi::xml_node node, const char* attribute, std::string_view value) {
    auto existing = node.attribute(attribute);
    if (!existing) {
        existing = node.append_attribute(attribute);
    }
    existing.set_value(std::string(value).c_str());
}

void set(pugi::xml_node node, const char* attribute, long value) {
    set(node, attribute, std::to_string(value));
}

std::string xml_safe(std::string_view text) {
    std::string safe;
    safe.reserve(text.size());
    for (char character : text) {
        auto byte = static_cast<unsigned char>(character);
        if (byte >= 0x20 || character == '\t' || character == '\n' || character == '\r') {
            safe.push_back(character);
        }
    }
    return safe;
}

}  // namespace vincula::render::docx
