#include "render/xlsx/xlsx_writer.h"

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "render/xlsx/sheet_names.h"
#include "render/xlsx/table_sheet.h"

namespace vincula::render::xlsx {
namespace {

// The message is kept here rather than in the common catalogue, which is
// edited elsewhere; its rule id follows the catalogue's «archivo_*» family.
constexpr const char* CANNOT_WRITE = "archivo_no_escribible";
constexpr const char* NO_TABLES_SHEET = "Informe";
constexpr const char* NO_TABLES_NOTE = "El informe de este periodo no tiene tablas.";

void collect_tables(const std::vector<report::Section>& sections,
                    std::vector<const report::Table*>& tables) {
    for (const auto& section : sections) {
        for (const auto& block : section.blocks) {
            if (const auto* table = std::get_if<report::Table>(&block)) {
                tables.push_back(table);
            }
        }
        collect_tables(section.sections, tables);
    }
}

std::string reason(lxw_error error) {
    switch (error) {
        case LXW_ERROR_CREATING_XLSX_FILE:
            return "no se pudo crear el archivo; revise que la carpeta exista y que se pueda "
                   "escribir en ella";
        case LXW_ERROR_CREATING_TMPFILE:
            return "no se pudo crear un archivo temporal; revise el espacio en disco";
        case LXW_ERROR_MEMORY_MALLOC_FAILED:
            return "no hubo memoria suficiente";
        default:
            return std::string("libxlsxwriter informó: ") + lxw_strerror(error);
    }
}

common::FieldError cannot_write(const std::filesystem::path& path, lxw_error error) {
    return common::FieldError{
        path.string(), CANNOT_WRITE,
        "No se pudo escribir la hoja de cálculo \"" + path.string() + "\": " + reason(error) + "."};
}

}  // namespace

common::Outcome write_xlsx(const report::ReportModel& model, const std::filesystem::path& path) {
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (workbook == nullptr) {
        return cannot_write(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
    }
    // libxlsxwriter takes char*, not const char*; these copies outlive the close.
    std::string title = model.title;
    std::string author = model.author;
    std::string company = model.institution;
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    properties.company = company.data();
    workbook_set_properties(workbook, &properties);

    std::vector<const report::Table*> tables;
    collect_tables(model.sections, tables);
    auto formats = SheetFormats::create(workbook);
    auto names = sheet_names(tables);
    lxw_error first_error = LXW_NO_ERROR;
    for (std::size_t index = 0; index < tables.size(); ++index) {
        // sheet_names() keeps Excel's rules; the library checks them again.
        lxw_error error = workbook_validate_sheet_name(workbook, names[index].c_str());
        lxw_worksheet* sheet = error == LXW_NO_ERROR
                                   ? workbook_add_worksheet(workbook, names[index].c_str())
                                   : nullptr;
        if (sheet != nullptr) {
            error = write_table_sheet(sheet, *tables[index], formats);
        } else if (error == LXW_NO_ERROR) {
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        if (first_error == LXW_NO_ERROR) {
            first_error = error;
        }
    }
    if (tables.empty()) {
        // A workbook needs a sheet; say why it is empty rather than leave «Sheet1».
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, NO_TABLES_SHEET);
        worksheet_write_string(sheet, 0, 0, NO_TABLES_NOTE, nullptr);
    }
    lxw_error closed = workbook_close(workbook);  // frees the workbook whatever happens
    if (closed != LXW_NO_ERROR) {
        return cannot_write(path, closed);
    }
    if (first_error != LXW_NO_ERROR) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);  // half a workbook helps nobody
        return cannot_write(path, first_error);
    }
    return common::ok();
}

}  // namespace vincula::render::xlsx
