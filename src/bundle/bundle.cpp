#include "bundle/bundle.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "bundle/compressed.h"
#include "bundle/json_input.h"
#include "bundle/record_reader.h"
#include "bundle/record_writer.h"
#include "bundle/text_checks.h"
#include "common/messages.h"

namespace vincula::bundle {
namespace {

using common::field_error;
using common::FieldErrors;

std::string array_names() {
    std::string names;
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, auto&) {
        names += names.empty() ? "" : ", ";
        names += info.name;
    });
    return names;
}

std::string human_size(std::uintmax_t bytes) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB";
    return out.str();
}

void read_header(const nlohmann::json& root, FieldErrors& errors) {
    auto format = root.find("format");
    if (format == root.end()) {
        errors.push_back(field_error("format", "obligatorio"));
    } else if (!format->is_string() || format->get<std::string>() != FORMAT) {
        errors.push_back(
            field_error("format", "formato_paquete",
                        {format->is_string() ? format->get<std::string>() : format->dump()}));
    }
    auto version = root.find("version");
    if (version == root.end()) {
        errors.push_back(field_error("version", "obligatorio"));
    } else if (!version->is_number_integer() || version->get<long>() != VERSION) {
        errors.push_back(
            field_error("version", "version_paquete", {version->dump(), std::to_string(VERSION)}));
    }
}

}  // namespace

common::Result<BundleReading> read_bundle(std::string_view text) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return field_error("", "archivo_vacio");
    }
    if (auto bad = first_invalid_utf8(text)) {
        auto where = position_of(text, *bad);
        return field_error("", "utf8_valido",
                           {std::to_string(where.line), std::to_string(where.column)});
    }
    FieldErrors errors;
    nlohmann::json root;
    JsonInputCheck::scan(text, errors);
    // Too deep a nesting is never parsed into a document: copying one would
    // exhaust the stack.
    if (std::any_of(errors.begin(), errors.end(),
                    [](const auto& error) { return error.rule == "json_profundidad"; })) {
        return errors;
    }
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::out_of_range&) {
        return field_error("", "numero_representable");
    } catch (const nlohmann::json::parse_error& error) {
        auto where = position_of(text, error.byte > 0 ? error.byte - 1 : 0);
        auto start = error.byte > 20 ? error.byte - 20 : 0;
        auto excerpt =
            std::string(text.substr(start, std::min<std::size_t>(error.byte - start, 40)));
        for (auto& c : excerpt) {
            if (c == '\n' || c == '\r' || c == '\t') {
                c = ' ';
            }
        }
        return field_error(
            "", "json_valido",
            {"hay un error de sintaxis en la línea " + std::to_string(where.line) + ", columna " +
             std::to_string(where.column) + ", cerca de «" + excerpt + "»."});
    }
    if (!root.is_object()) {
        return field_error("", "tipo_objeto", {json_kind(root)});
    }
    read_header(root, errors);

    domain::Dataset data;
    if (auto institution = root.find("institution"); institution != root.end()) {
        domain::Institution value;
        RecordReader::read_record(*institution, "institution", value, errors);
        data.institution = value;
    }
    std::vector<std::string_view> known{"format", "version", "institution"};
    domain::for_each_array(data, [&](domain::ArrayInfo info, auto& records) {
        known.push_back(info.name);
        auto found = root.find(info.name);
        if (found == root.end()) {
            return;
        }
        std::string name(info.name);
        if (!found->is_array()) {
            errors.push_back(field_error(name, "tipo_lista", {json_kind(*found)}));
            return;
        }
        records.resize(found->size());
        for (std::size_t i = 0; i < found->size(); ++i) {
            RecordReader::read_record((*found)[i], common::index_path(name, i), records[i], errors);
        }
    });
    for (const auto& [name, value] : root.items()) {
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            errors.push_back(field_error(name, "arreglo_conocido", {name, array_names()}));
        }
    }
    return BundleReading{std::move(data), std::move(errors)};
}

namespace {

common::Result<domain::Dataset> whole(common::Result<BundleReading> reading) {
    if (!reading) {
        return std::move(reading).error();
    }
    if (!reading->problems.empty()) {
        return std::move(reading->problems);
    }
    return std::move(reading->data);
}

}  // namespace

common::Result<domain::Dataset> parse_bundle(std::string_view text) {
    return whole(read_bundle(text));
}

common::Result<domain::Dataset> read_bundle_file(const std::filesystem::path& path,
                                                 std::uintmax_t max_bytes) {
    return whole(read_bundle_from_file(path, max_bytes));
}

common::Result<BundleReading> read_bundle_from_file(const std::filesystem::path& path,
                                                    std::uintmax_t max_bytes) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error) {
        return field_error("", "archivo_no_encontrado", {path.string()});
    }
    if (size == 0) {
        return field_error("", "archivo_vacio");
    }
    if (size > max_bytes) {
        return field_error("", "archivo_demasiado_grande",
                           {human_size(size), human_size(max_bytes)});
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(size, '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
        return field_error("", "archivo_ilegible", {path.string()});
    }
    if (is_gzip(text)) {
        auto opened = gunzip(text, max_bytes);
        if (!opened) {
            return std::move(opened).error();
        }
        return read_bundle(*opened);
    }
    return read_bundle(text);
}

std::string write_bundle(const domain::Dataset& data) {
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    root["format"] = FORMAT;
    root["version"] = VERSION;
    if (data.institution) {
        root["institution"] = RecordWriter::to_json(*data.institution);
    }
    domain::for_each_array(data, [&](domain::ArrayInfo info, const auto& records) {
        if (!records.empty()) {
            root[std::string(info.name)] = RecordWriter::to_json(records);
        }
    });
    return root.dump(2) + "\n";
}

}  // namespace vincula::bundle
