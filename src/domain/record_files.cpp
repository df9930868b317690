#include "domain/record_files.h"

#include <algorithm>
#include <array>

#include "common/messages.h"

namespace vincula::domain {
namespace {

struct FileType {
    std::string_view extension;
    std::string_view media_type;
    std::string_view magic;  // the bytes a file of this type begins with
};

// OOXML and OpenDocument files are ZIP archives (ECMA-376 Part 2, ODF 1.3
// §3.1); text must be UTF-8 without NUL bytes.
constexpr std::string_view ZIP = "PK\x03\x04";
constexpr std::array TYPES = {
    FileType{"pdf", "application/pdf", "%PDF-"},
    FileType{"png", "image/png", "\x89PNG\r\n\x1a\n"},
    FileType{"jpg", "image/jpeg", "\xFF\xD8\xFF"},
    FileType{"jpeg", "image/jpeg", "\xFF\xD8\xFF"},
    FileType{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             ZIP},
    FileType{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP},
    FileType{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
             ZIP},
    FileType{"odt", "application/vnd.oasis.opendocument.text", ZIP},
    FileType{"ods", "application/vnd.oasis.opendocument.spreadsheet", ZIP},
    FileType{"txt", "text/plain; charset=utf-8", ""},
    FileType{"csv", "text/csv; charset=utf-8", ""},
    FileType{"md", "text/markdown; charset=utf-8", ""},
};

constexpr std::size_t MAX_NAME_BYTES = 200;

std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return lower;
}

const FileType* type_of(std::string_view name) {
    auto dot = name.rfind('.');
    if (dot == std::string_view::npos) {
        return nullptr;
    }
    auto extension = lower_ascii(name.substr(dot + 1));
    for (const auto& type : TYPES) {
        if (type.extension == extension) {
            return &type;
        }
    }
    return nullptr;
}

// Well-formed UTF-8 (no overlong forms, no surrogates) without NUL bytes.
bool plain_text(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead == 0) {
            return false;
        }
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        if (length == 0 || i + length > bytes.size() || (length == 2 && lead < 0xC2) ||
            (length == 4 && lead > 0xF4)) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) {
                return false;
            }
        }
        auto second = length > 1 ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
            (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90)) {
            return false;
        }
        i += length;
    }
    return true;
}

bool well_named(std::string_view name) {
    if (name.empty() || name.size() > MAX_NAME_BYTES || name == "." || name == ".." ||
        name.front() == ' ' || name.back() == ' ') {
        return false;
    }
    return std::none_of(name.begin(), name.end(), [](unsigned char c) {
        return c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"';
    });
}

std::string type_list() {
    std::string list;
    for (const auto& type : TYPES) {
        if (type.extension == "jpeg") {
            continue;
        }
        list += list.empty() ? "" : ", ";
        list += type.extension;
    }
    return list;
}

}  // namespace

std::string_view purpose_name(FilePurpose purpose) {
    return purpose == FilePurpose::ApprovedMinutes ? "minuta_aprobada" : "anexo";
}

std::optional<FilePurpose> purpose_named(std::string_view name) {
    if (name == "anexo") {
        return FilePurpose::Annex;
    }
    if (name == "minuta_aprobada") {
        return FilePurpose::ApprovedMinutes;
    }
    return std::nullopt;
}

const std::vector<std::string_view>& arrays_with_files() {
    static const std::vector<std::string_view> arrays = {"sessions", "agenda_items", "documents",
                                                         "convenios", "agreements"};
    return arrays;
}

std::string arrays_with_files_list() {
    std::string list;
    for (auto array : arrays_with_files()) {
        list += (list.empty() ? "" : ", ") + std::string(array);
    }
    return list;
}

std::optional<std::string_view> record_file_type(std::string_view name) {
    const auto* type = type_of(name);
    return type ? std::optional(type->media_type) : std::nullopt;
}

common::Result<std::string> check_record_file(const NewRecordFile& file) {
    common::FieldErrors errors;
    const auto& arrays = arrays_with_files();
    if (std::find(arrays.begin(), arrays.end(), file.array) == arrays.end()) {
        errors.push_back(common::field_error("array", "arreglo_con_archivos",
                                             {file.array, arrays_with_files_list()}));
    }
    if (file.key.empty()) {
        errors.push_back(common::field_error("key", "obligatorio"));
    }
    const FileType* type = nullptr;
    if (!well_named(file.name)) {
        errors.push_back(
            common::field_error("name", "nombre_de_archivo", {std::to_string(MAX_NAME_BYTES)}));
    } else if (type = type_of(file.name); type == nullptr) {
        errors.push_back(common::field_error("name", "tipo_de_archivo", {file.name, type_list()}));
    }
    if (file.content.empty()) {
        errors.push_back(common::field_error("content", "archivo_sin_contenido"));
    } else if (file.content.size() > MAX_RECORD_FILE) {
        errors.push_back(
            common::field_error("content", "archivo_excede",
                                {std::to_string(MAX_RECORD_FILE / (1024 * 1024)) + " MiB"}));
    } else if (type != nullptr) {
        bool matches =
            type->magic.empty() ? plain_text(file.content) : file.content.starts_with(type->magic);
        if (!matches) {
            errors.push_back(common::field_error("content", "contenido_segun_tipo",
                                                 {std::string(type->extension)}));
        }
    }
    if (!errors.empty()) {
        return errors;
    }
    return std::string(type->media_type);
}

bool shown_inline(std::string_view media_type) {
    return media_type == "application/pdf" || media_type.starts_with("image/") ||
           media_type.starts_with("text/plain");
}

}  // namespace vincula::domain
