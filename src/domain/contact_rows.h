#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "domain/networks.h"

namespace vincula::domain {

// A spreadsheet's cells, row by row, as read from CSV or XLSX; the first
// row holds the column names.
using Table = std::vector<std::vector<std::string>>;

// What importing a table of contacts into a network would do.
struct ContactRows {
    std::vector<Contact> added;  // new to the network
    int already = 0;             // already in it: left as they are
    int opted_out = 0;           // of those, who opted out: stay out
};

// Reads the columns nombre, correo and país (or the bundle's name, email,
// country; any case, accents or not) and checks every row before anything is
// written: the name and a valid e-mail present, the country an ISO 3166
// alpha-2 code, no e-mail twice in the file. An e-mail the network already
// has (ignoring case and accents) is not added again, so whoever opted out
// stays out. Each problem names its row (as the spreadsheet numbers it) and
// column: field «fila 3, columna correo».
common::Result<ContactRows> contacts_from_table(const Table& table, const std::string& network,
                                                const std::vector<Contact>& existing);

}  // namespace vincula::domain
