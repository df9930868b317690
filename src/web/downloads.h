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

// The table as CSV (RFC 4180: comma, CRLF, fields quoted when they hold a
// comma, quote or line break), UTF-8 with a byte-order mark so that a
// spreadsheet opens the accents as accents.
std::string csv_text(const ListTable& table);
api::Response csv_download(const ListTable& table, const std::string& file_name);

// A file the browser saves instead of showing.
api::Response attachment(std::string bytes, std::string media_type, const std::string& file_name);

// A file the page shows in place (a video the jury plays), whole or, when
// `range` (a Range header) asks for one part of it, that part alone (206,
// Content-Range); a part beyond its end is 416. RFC 9110 §14.
api::Response playable(std::string bytes, std::string media_type, const std::string& file_name,
                       std::string_view range);

}  // namespace vincula::web
