#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

// Small helpers for building OOXML parts with pugixml. Every part is written
// without indentation: whitespace inside <w:t> is content, so pretty-printing
// would change the document.
namespace vincula::render::docx {

inline constexpr const char* WORDPROCESSING_NS =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* RELATIONSHIPS_NS =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// One XML part being built: the declaration Office writes and a root element.
class XmlPart {
public:
    explicit XmlPart(const char* root_name);
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    pugi::xml_node root() const { return m_root; }
    std::string to_string() const;

private:
    pugi::xml_document m_document;
    pugi::xml_node m_root;
};

// A root element in the WordprocessingML namespace (w:, r:).
XmlPart& declare_wordprocessing(XmlPart& part);

pugi::xml_node add(pugi::xml_node parent, const char* name);
// <name w:val="value"/>, the shape of most WordprocessingML properties.
pugi::xml_node add_val(pugi::xml_node parent, const char* name, std::string_view value);
void set(pugi::xml_node node, const char* attribute, std::string_view value);
void set(pugi::xml_node node, const char* attribute, long value);

// Drops the control characters XML 1.0 cannot carry (everything below U+0020
// except tab, line feed and carriage return), which would make the part
// unreadable for Word.
std::string xml_safe(std::string_view text);

}  // namespace vincula::render::docx
