#pragma once

#include <chrono>
#include <string>

#include "common/result.h"
#include "report/model.h"

namespace vincula::render::pdf {

struct PdfOptions {
    // WeasyPrint is a separate program; a report that takes longer than this
    // is stopped and reported rather than left to block the caller.
    std::chrono::seconds time_limit{60};
    std::string weasyprint = "weasyprint";
};

// The report's HTML (render::html) laid out as Letter pages by WeasyPrint:
// index with page numbers, footnotes at the foot of their page, «Página X de
// Y», bookmarks from the headings, title and author in the metadata.
// Returns the PDF's bytes, or a Spanish error if WeasyPrint is missing,
// fails or runs out of time.
common::Result<std::string> render_pdf(const report::ReportModel& model,
                                       const PdfOptions& options = {});

// From now on, this process keeps one WeasyPrint running between PDFs
// (render/pdf/warm_weasyprint.h) instead of starting one for each PDF and
// stopping it after: for `vincula serve`, which makes PDFs again and again.
// A `weasyprint` that is not a Python script is run as a program either way.
void keep_weasyprint_warm();

}  // namespace vincula::render::pdf
