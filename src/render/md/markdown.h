#pragma once

#include <string>

#include "report/model.h"

namespace vincula::render::md {

// The report as Markdown (pandoc's dialect: pipe tables, [^n] footnotes),
// for review and diffs. Deterministic: the same model gives the same bytes.
std::string render_markdown(const report::ReportModel& model);

}  // namespace vincula::render::md
