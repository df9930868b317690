#include "cli/report_formats.h"

#include <array>
#include <filesystem>
#include <ostream>

#include "cli/output_file.h"
#include "render/docx/docx_writer.h"
#include "render/html/html_report.h"
#include "render/json/report_json.h"
#include "render/md/markdown.h"
#include "render/pdf/pdf_report.h"
#include "render/xlsx/xlsx_writer.h"

namespace vincula::cli {
namespace {

common::Outcome write_bytes(const std::string& bytes, const std::string& path, std::ostream& out) {
    if (path == "-") {
        out << bytes;
        return common::ok();
    }
    if (!write_whole_file(path, bytes)) {
        return common::FieldError{"--out", "archivo_escribible",
                                  "no se pudo escribir el archivo " + path + "."};
    }
    return common::ok();
}

template <std::string (*Render)(const report::ReportModel&)>
common::Outcome write_text(const report::ReportModel& model, const std::string& path,
                           std::ostream& out) {
    return write_bytes(Render(model), path, out);
}

common::Outcome write_pdf(const report::ReportModel& model, const std::string& path,
                          std::ostream& out) {
    auto pdf = render::pdf::render_pdf(model);
    if (!pdf) {
        return std::move(pdf).error();
    }
    return write_bytes(*pdf, path, out);
}

common::Outcome write_docx(const report::ReportModel& model, const std::string& path,
                           std::ostream& out) {
    return write_bytes(render::docx::render_docx(model), path, out);
}

// libxlsxwriter writes files only: into a sibling file renamed when whole,
// so a failure never leaves half a spreadsheet at `path`.
common::Outcome write_spreadsheet(const report::ReportModel& model, const std::string& path,
                                  std::ostream&) {
    auto temporary = path + ".tmp";
    auto written = render::xlsx::write_xlsx(model, temporary);
    if (!written) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return written;
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        return common::FieldError{"--out", "archivo_escribible",
                                  "no se pudo escribir el archivo " + path + "."};
    }
    return common::ok();
}

const std::array FORMATS = {
    ReportFormat{"json", "json", false, write_text<render::json::render_json>},
    ReportFormat{"md", "md", false, write_text<render::md::render_markdown>},
    ReportFormat{"html", "html", false, write_text<render::html::render_html>},
    ReportFormat{"pdf", "pdf", true, write_pdf},
    ReportFormat{"docx", "docx", true, write_docx},
    ReportFormat{"xlsx", "xlsx", true, write_spreadsheet},
};

}  // namespace

const ReportFormat* find_report_format(std::string_view name) {
    for (const auto& format : FORMATS) {
        if (format.name == name) {
            return &format;
        }
    }
    return nullptr;
}

std::string report_format_names() {
    std::string names;
    for (const auto& format : FORMATS) {
        names += (names.empty() ? "" : ", ") + std::string(format.name);
    }
    return names;
}

}  // namespace vincula::cli
