#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "common/result.h"
#include "report/model.h"

namespace vincula::cli {

// A format the report can be written in and how to write it: to `path`, or
// to `out` when the path is «-» (text formats only).
struct ReportFormat {
    std::string_view name;
    std::string_view extension;
    bool binary = false;
    std::function<common::Outcome(const report::ReportModel&, const std::string& path,
                                  std::ostream& out)>
        write;
};

const ReportFormat* find_report_format(std::string_view name);
// «json, md, html, pdf, docx, xlsx».
std::string report_format_names();

}  // namespace vincula::cli
