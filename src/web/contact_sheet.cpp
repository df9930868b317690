#include "web/contact_sheet.h"

#include <algorithm>
#include <memory>

#include <zip.h>
#include <pugixml.hpp>

#include "common/messages.h"

namespace vincula::web {
namespace {

// A workbook's parts are small; a larger one is not a contact list (or is
// a zip bomb).
constexpr zip_uint64_t MAX_PART = 32 * 1024 * 1024;

common::FieldError unreadable(std::string_view kind, std::string_view why) {
    return common::field_error("archivo", "hoja_ilegible", {kind, why});
}

// The part `name` of the archive, if present and of a sane size.
std::optional<std::string> part(zip_t* archive, const std::string& name) {
    zip_stat_t stat;
    if (zip_stat(archive, name.c_str(), 0, &stat) != 0 || stat.size > MAX_PART) {
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), 0),
                                                            zip_fclose);
    if (!file) {
        return std::nullopt;
    }
    std::string content(stat.size, '\0');
    if (zip_fread(file.get(), content.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
        return std::nullopt;
    }
    return content;
}

// «B12» -> column 1 (from 0).
std::size_t column_of(std::string_view reference) {
    std::size_t column = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z') {
            break;
        }
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return column == 0 ? 0 : column - 1;
}

// All the text runs of a string item (<si> or <is>), rich text included.
std::string text_of(const pugi::xml_node& item) {
    std::string text;
    for (auto node : item.select_nodes(".//*[local-name()='t']")) {
        text += node.node().text().get();
    }
    return text;
}

// The first sheet's path: workbook.xml names it, its relationships say where
// it is. Most workbooks call it sheet1.xml, which is the fallback.
std::string first_sheet(zip_t* archive) {
    auto workbook = part(archive, "xl/workbook.xml");
    auto relations = part(archive, "xl/_rels/workbook.xml.rels");
    if (workbook && relations) {
        pugi::xml_document book;
        pugi::xml_document rels;
        if (book.load_string(workbook->c_str()) && rels.load_string(relations->c_str())) {
            auto sheet = book.select_node("//*[local-name()='sheet']").node();
            std::string id;
            for (auto attribute : sheet.attributes()) {
                if (std::string_view(attribute.name()).ends_with(":id")) {
                    id = attribute.value();
                }
            }
            for (auto relation : rels.select_nodes("//*[local-name()='Relationship']")) {
                if (id == relation.node().attribute("Id").value()) {
                    std::string target = relation.node().attribute("Target").value();
                    return target.starts_with("/") ? target.substr(1) : "xl/" + target;
                }
            }
        }
    }
    return "xl/worksheets/sheet1.xml";
}

}  // namespace

common::Result<domain::Table> read_csv(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);  // the BOM Excel writes
    }
    // Excel in Spanish-speaking locales separates with semicolons.
    auto first_line = bytes.substr(0, bytes.find('\n'));
    char separator = std::count(first_line.begin(), first_line.end(), ';') >
                             std::count(first_line.begin(), first_line.end(), ',')
                         ? ';'
                         : ',';
    domain::Table table;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                ++i;
            }
            row.push_back(std::move(cell));
            cell.clear();
            table.push_back(std::move(row));
            row.clear();
        } else {
            cell += c;
        }
    }
    if (quoted) {
        return unreadable("CSV", "unas comillas se abren y no se cierran");
    }
    if (!cell.empty() || !row.empty()) {
        row.push_back(std::move(cell));
        table.push_back(std::move(row));
    }
    return table;
}

common::Result<domain::Table> read_xlsx(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        return unreadable("libro de Excel", "no es un archivo .xlsx");
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
        zip_open_from_source(source, ZIP_RDONLY, &error), zip_discard);
    if (!archive) {
        zip_source_free(source);
        return unreadable("libro de Excel", "no es un archivo .xlsx");
    }
    std::vector<std::string> shared;
    if (auto strings = part(archive.get(), "xl/sharedStrings.xml")) {
        pugi::xml_document document;
        if (!document.load_string(strings->c_str())) {
            return unreadable("libro de Excel", "su lista de textos está dañada");
        }
        for (auto item : document.select_nodes("//*[local-name()='si']")) {
            shared.push_back(text_of(item.node()));
        }
    }
    auto sheet = part(archive.get(), first_sheet(archive.get()));
    pugi::xml_document document;
    if (!sheet || !document.load_string(sheet->c_str())) {
        return unreadable("libro de Excel", "no tiene una primera hoja legible");
    }
    domain::Table table;
    for (auto row_node : document.select_nodes("//*[local-name()='row']")) {
        // Rows keep their places: a skipped row number is an empty row, so
        // messages name the row the spreadsheet shows.
        auto number = row_node.node().attribute("r").as_ullong(table.size() + 1);
        while (table.size() + 1 < number) {
            table.emplace_back();
        }
        std::vector<std::string> row;
        for (auto cell : row_node.node().children()) {
            std::string_view name = cell.name();
            if (name != "c" && !name.ends_with(":c")) {
                continue;
            }
            auto column = column_of(cell.attribute("r").value());
            if (!cell.attribute("r")) {
                column = row.size();
            }
            std::string type = cell.attribute("t").value();
            std::string value;
            if (type == "inlineStr") {
                value = text_of(cell);
            } else {
                auto v = cell.select_node("*[local-name()='v']").node();
                value = v.text().get();
                if (type == "s") {
                    auto index = static_cast<std::size_t>(v.text().as_ullong(shared.size()));
                    value = index < shared.size() ? shared[index] : "";
                }
            }
            if (row.size() <= column) {
                row.resize(column + 1);
            }
            row[column] = std::move(value);
        }
        table.push_back(std::move(row));
    }
    return table;
}

common::Result<domain::Table> read_table(const std::string& bytes) {
    if (bytes.starts_with("PK\x03\x04")) {
        return read_xlsx(bytes);
    }
    return read_csv(bytes);
}

}  // namespace vincula::web
