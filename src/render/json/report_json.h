#pragma once

#include <string>

#include "report/model.h"

namespace vincula::render::json {

// The assembled report model as JSON: the single source every other format
// is rendered from, for integrations and for checking what a report says.
// Keys are in a fixed order, so the same model gives the same bytes.
std::string render_json(const report::ReportModel& model);

}  // namespace vincula::render::json
