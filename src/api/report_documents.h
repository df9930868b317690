#pragma once

#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "domain/period.h"
#include "report/model.h"

namespace vincula::api {

// A format the report is published in, and how to render it to bytes. The
// command line and the API offer the same list.
struct ReportDocument {
    std::string_view name;
    std::string_view extension;
    std::string_view media_type;
    bool binary = false;
    common::Result<std::string> (*render)(const report::ReportModel& model);
};

const ReportDocument* find_report_document(std::string_view name);
// Every format, in the order offered (an approval keeps a file of each).
std::span<const ReportDocument> report_documents();
// «json, md, html, pdf, docx, xlsx».
std::string report_document_names();

// informe-CVOE-2021-10-01-2021-12-31.pdf
std::string report_file_name(const report::ReportModel& model, const ReportDocument& document);
// informe-CVOE-2021-10-01-2021-12-31-v2.pdf: a file of an approved version.
std::string approved_file_name(std::string_view commission, const domain::Period& period,
                               int version, const ReportDocument& document);

}  // namespace vincula::api
