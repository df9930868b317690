#include "api/report_documents.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "render/docx/docx_writer.h"
#include "render/html/html_report.h"
#include "render/json/report_json.h"
#include "render/md/markdown.h"
#include "render/pdf/pdf_report.h"
#include "render/xlsx/xlsx_writer.h"

namespace vincula::api {
namespace {

template <std::string (*Render)(const report::ReportModel&)>
common::Result<std::string> text(const report::ReportModel& model) {
    return Render(model);
}

common::Result<std::string> pdf(const report::ReportModel& model) {
    return render::pdf::render_pdf(model);
}

// libxlsxwriter writes only to files: a private temporary one, read back
// and removed.
common::Result<std::string> xlsx(const report::ReportModel& model) {
    auto path = std::filesystem::temp_directory_path() /
                ("vincula-informe-" + std::to_string(::getpid()) + "-" +
                 std::to_string(reinterpret_cast<std::uintptr_t>(&model)) + ".xlsx");
    auto written = render::xlsx::write_xlsx(model, path);
    std::string bytes;
    if (written) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        bytes = content.str();
    }
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    if (!written) {
        return std::move(written).error();
    }
    return bytes;
}

const std::array DOCUMENTS = {
    ReportDocument{"json", "json", "application/json; charset=utf-8", false,
                   text<render::json::render_json>},
    ReportDocument{"md", "md", "text/markdown; charset=utf-8", false,
                   text<render::md::render_markdown>},
    ReportDocument{"html", "html", "text/html; charset=utf-8", false,
                   text<render::html::render_html>},
    ReportDocument{"pdf", "pdf", "application/pdf", true, pdf},
    ReportDocument{"docx", "docx",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true,
                   text<render::docx::render_docx>},
    ReportDocument{"xlsx", "xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, xlsx},
};

}  // namespace

const ReportDocument* find_report_document(std::string_view name) {
    for (const auto& document : DOCUMENTS) {
        if (document.name == name) {
            return &document;
        }
    }
    return nullptr;
}

std::span<const ReportDocument> report_documents() {
    return DOCUMENTS;
}

std::string report_document_names() {
    std::string names;
    for (const auto& document : DOCUMENTS) {
        names += (names.empty() ? "" : ", ") + std::string(document.name);
    }
    return names;
}

std::string report_file_name(const report::ReportModel& model, const ReportDocument& document) {
    return "informe-" + model.commission_acronym + "-" + model.from.to_iso() + "-" +
           model.to.to_iso() + "." + std::string(document.extension);
}

std::string approved_file_name(std::string_view commission, const domain::Period& period,
                               int version, const ReportDocument& document) {
    return "informe-" + std::string(commission) + "-" + period.from().to_iso() + "-" +
           period.to().to_iso() + "-v" + std::to_string(version) + "." +
           std::string(document.extension);
}

}  // namespace vincula::api
