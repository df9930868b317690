#pragma once

#include <string>
#include <vector>

#include "report/model.h"

namespace vincula::render::xlsx {

// Excel's rules for a worksheet name: at most 31 characters, none of
// [ ] : * ? / \, not starting or ending with an apostrophe, unique in the
// workbook regardless of case. A numbered table is «Tabla 2.3»; one without
// a number takes its caption. Repeated names get « (2)», « (3)»…
std::vector<std::string> sheet_names(const std::vector<const report::Table*>& tables);

}  // namespace vincula::render::xlsx
