#pragma once

#include <string>
#include <vector>

// The Open Packaging Conventions container around the XML parts: the zip,
// [Content_Types].xml and the relationship parts.
namespace vincula::render::docx {

struct Part {
    std::string name;          // "word/document.xml", no leading slash
    std::string content_type;  // empty for .rels parts (covered by a Default)
    std::string bytes;
};

struct Relationship {
    std::string id;  // "rId1"
    std::string type;
    std::string target;
};

// A relationship type under the officeDocument namespace ("styles" ->
// ".../officeDocument/2006/relationships/styles").
std::string office_relationship(const std::string& kind);

std::string relationships_xml(const std::vector<Relationship>& relationships);

// [Content_Types].xml: a Default for .rels and .xml, and an Override naming
// the content type of every other part, so no part is left undeclared.
std::string content_types_xml(const std::vector<Part>& parts);

// The zip holding [Content_Types].xml followed by `parts`. Entry times are
// fixed so the same model always gives the same bytes. Throws
// std::runtime_error if libzip fails (out of memory: nothing the caller can
// fix).
std::string zip_package(const std::vector<Part>& parts);

}  // namespace vincula::render::docx
