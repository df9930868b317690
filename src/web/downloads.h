#pragma once

#include <string>
#include <vector>

#include "api/response.h"
#include "web/page.h"

// Lists as files: every list page also answers `?formato=xlsx` with the
// same rows as a spreadsheet (staff live in Excel), and the sessions with
// `?formato=ics` as a calendar.
namespace vincula::web {

struct ListTable {
    std::string title;  // the sheet's caption: «Sesiones»
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};

bool wants_spreadsheet(const Request& request);

// The table as an .xlsx download named `file_name` («sesiones.xlsx»).
api::Response spreadsheet_download(const ListTable& table, const std::string& file_name);

// A file the browser saves instead of showing.
api::Response attachment(std::string bytes, std::string media_type, const std::string& file_name);

}  // namespace vincula::web
