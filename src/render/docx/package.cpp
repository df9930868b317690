#include "render/docx/package.h"

#include <zip.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

#include "render/docx/xml_part.h"

namespace vincula::render::docx {
namespace {

constexpr const char* PACKAGE_RELATIONSHIPS_NS =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* CONTENT_TYPES_NS =
    "http://schemas.openxmlformats.org/package/2006/content-types";

// 1 January 2021, 00:00, in MS-DOS date and time encoding.
constexpr zip_uint16_t FIXED_DOS_DATE = ((2021 - 1980) << 9) | (1 << 5) | 1;
constexpr zip_uint16_t FIXED_DOS_TIME = 0;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    std::string reason = error != nullptr ? zip_error_strerror(error) : "error desconocido";
    throw std::runtime_error("DOCX: " + what + ": " + reason);
}

[[noreturn]] void fail(const std::string& what, zip_t* archive) {
    fail(what, zip_get_error(archive));
}

void add_entry(zip_t* archive, const std::string& name, const std::string& bytes) {
    // The buffer is not copied: `bytes` must outlive zip_close, which the
    // caller guarantees by keeping every part alive until then.
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr) {
        fail("no se pudo preparar " + name, archive);
    }
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail("no se pudo agregar " + name, archive);
    }
    auto entry = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) != 0 ||
        zip_file_set_dostime(archive, entry, FIXED_DOS_TIME, FIXED_DOS_DATE, 0) != 0) {
        fail("no se pudo preparar " + name, archive);
    }
}

std::string read_source(zip_source_t* source) {
    if (zip_source_open(source) != 0) {
        fail("no se pudo leer el paquete", zip_source_error(source));
    }
    std::string bytes;
    char buffer[64 * 1024];
    zip_int64_t count = 0;
    while ((count = zip_source_read(source, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, static_cast<std::size_t>(count));
    }
    zip_source_close(source);
    if (count < 0) {
        fail("no se pudo leer el paquete", zip_source_error(source));
    }
    return bytes;
}

}  // namespace

std::string office_relationship(const std::string& kind) {
    return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + kind;
}

std::string relationships_xml(const std::vector<Relationship>& relationships) {
    XmlPart part("Relationships");
    set(part.root(), "xmlns", PACKAGE_RELATIONSHIPS_NS);
    for (const auto& relationship : relationships) {
        auto node = add(part.root(), "Relationship");
        set(node, "Id", relationship.id);
        set(node, "Type", relationship.type);
        set(node, "Target", relationship.target);
    }
    return part.to_string();
}

std::string content_types_xml(const std::vector<Part>& parts) {
    XmlPart part("Types");
    set(part.root(), "xmlns", CONTENT_TYPES_NS);
    auto rels = add(part.root(), "Default");
    set(rels, "Extension", "rels");
    set(rels, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
    auto xml = add(part.root(), "Default");
    set(xml, "Extension", "xml");
    set(xml, "ContentType", "application/xml");
    for (const auto& each : parts) {
        if (each.content_type.empty()) {
            continue;
        }
        auto override_node = add(part.root(), "Override");
        set(override_node, "PartName", "/" + each.name);
        set(override_node, "ContentType", each.content_type);
    }
    return part.to_string();
}

std::string zip_package(const std::vector<Part>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (source == nullptr) {
        fail("no se pudo crear el paquete", &error);
    }
    // The archive consumes one reference on close; keep ours to read the
    // finished bytes back.
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> owned(source, zip_source_free);
    zip_source_keep(source);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        fail("no se pudo crear el paquete", &error);
    }
    const std::string content_types = content_types_xml(parts);
    try {
        add_entry(archive, "[Content_Types].xml", content_types);
        for (const auto& part : parts) {
            add_entry(archive, part.name, part.bytes);
        }
    } catch (...) {
        zip_discard(archive);
        throw;
    }
    if (zip_close(archive) != 0) {
        std::string reason = zip_error_strerror(zip_get_error(archive));
        zip_discard(archive);
        throw std::runtime_error("DOCX: no se pudo cerrar el paquete: " + reason);
    }
    return read_source(source);
}

}  // namespace vincula::render::docx
