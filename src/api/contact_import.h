#pragma once

#include <string>

#include "api/caller.h"
#include "common/result.h"
#include "domain/contact_rows.h"
#include "domain/store.h"

namespace vincula::api {

// Adds a spreadsheet's contacts to a network: every row checked first
// (domain::contacts_from_table), then one write, audited as an import, or
// nothing at all. Roles that may not write contacts get `permiso_denegado`.
common::Result<domain::ContactRows> import_contacts(domain::Store& store, const Caller& caller,
                                                    const std::string& network,
                                                    const domain::Table& table);

}  // namespace vincula::api
