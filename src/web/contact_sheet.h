#pragma once

#include <string>
#include <string_view>

#include "common/result.h"
#include "domain/contact_rows.h"

// A spreadsheet of contacts as staff keep them: CSV (comma or semicolon,
// UTF-8, quoted cells) or an Excel workbook (.xlsx: its first sheet, shared
// and inline strings). Cells as text, row by row, for the domain to check.
namespace vincula::web {

common::Result<domain::Table> read_csv(std::string_view bytes);
common::Result<domain::Table> read_xlsx(const std::string& bytes);

// By content: a zip archive is a workbook, anything else CSV.
common::Result<domain::Table> read_table(const std::string& bytes);

}  // namespace vincula::web
