#pragma once

#include <filesystem>

#include "common/result.h"
#include "report/model.h"

// Every table of the report as a spreadsheet (.xlsx): staff live in Excel.
// One worksheet per table, named after its number («Tabla 2.3»), with the
// caption as a title, a bold header frozen at the top, real dates
// (dd/mm/aaaa) and numbers, multi-line cells wrapped, grouped cells merged.
namespace vincula::render::xlsx {

// Writes the workbook to `path`, replacing it. The one failure is that the
// file cannot be written: a FieldError on `path` with rule
// «archivo_no_escribible».
common::Outcome write_xlsx(const report::ReportModel& model, const std::filesystem::path& path);

}  // namespace vincula::render::xlsx
