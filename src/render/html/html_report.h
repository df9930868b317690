#pragma once

#include <string>

#include "report/model.h"

namespace vincula::render::html {

// The report as one self-contained HTML file: inline CSS, no request leaves
// it. Readable on screen (index with links, footnotes at the end) and
// printable: the same file is what the PDF is made from (print CSS with
// Letter pages, footer «Página X de Y», index page numbers, footnotes at the
// foot of their page, table headers repeated on each page).
std::string render_html(const report::ReportModel& model);

// The stylesheet embedded in every report (templates/report/report.css).
std::string_view report_stylesheet();

}  // namespace vincula::render::html
