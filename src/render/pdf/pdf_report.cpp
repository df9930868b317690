#include "render/pdf/pdf_report.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "render/html/html_report.h"
#include "render/pdf/child_process.h"
#include "render/pdf/warm_weasyprint.h"

namespace vincula::render::pdf {
namespace {

namespace fs = std::filesystem;

common::FieldError problem(std::string rule, std::string message) {
    return common::FieldError{"format", std::move(rule), std::move(message)};
}

// The last non-empty line of what WeasyPrint said: its actual complaint.
std::string last_line(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    std::string last;
    while (std::getline(lines, line)) {
        if (line.find_first_not_of(" \t\r") != std::string::npos) {
            last = line;
        }
    }
    return last;
}

// A private scratch directory removed with everything in it.
class Scratch {
public:
    Scratch() {
        m_path = private_temp_path("vincula-pdf");
        fs::create_directories(m_path);
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    fs::path file(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

std::atomic<bool> keeping_warm{false};

// One warm worker per `weasyprint` program asked for, for the process's life.
WarmWeasyPrint* warm_worker(const std::string& weasyprint) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<WarmWeasyPrint>> workers;
    std::lock_guard lock(mutex);
    auto& worker = workers[weasyprint];
    if (!worker) {
        auto interpreter = interpreter_of(weasyprint);
        if (!interpreter) {
            return nullptr;
        }
        worker = std::make_unique<WarmWeasyPrint>(std::move(*interpreter));
    }
    return worker.get();
}

ProcessOutcome run_weasyprint(const PdfOptions& options, const fs::path& html, const fs::path& pdf,
                              const std::string& base_url) {
    auto limit = std::chrono::duration_cast<std::chrono::milliseconds>(options.time_limit);
    if (keeping_warm) {
        if (auto* worker = warm_worker(options.weasyprint)) {
            return worker->render(html, pdf, base_url, limit);
        }
    } else if (auto interpreter = interpreter_of(options.weasyprint)) {
        // A worker used once and stopped: the same Python, tuned as the
        // server's (no cycle collection while it lays out), ~10 % faster
        // than the `weasyprint` command.
        WarmWeasyPrint once(std::move(*interpreter));
        return once.render(html, pdf, base_url, limit);
    }
    return run_with_time_limit(
        {options.weasyprint, "--quiet", "--base-url", base_url, html.string(), pdf.string()},
        limit);
}

}  // namespace

void keep_weasyprint_warm() {
    keeping_warm = true;
}

common::Result<std::string> render_pdf(const report::ReportModel& model,
                                       const PdfOptions& options) {
    Scratch scratch;
    auto html_path = scratch.file("informe.html");
    auto pdf_path = scratch.file("informe.pdf");
    {
        std::ofstream html(html_path, std::ios::binary);
        html << html::render_html(model);
        if (!html) {
            return problem("pdf_temporal", "No se pudo escribir el HTML temporal para el PDF.");
        }
    }
    // The HTML is self-contained; --base-url keeps WeasyPrint from resolving
    // anything outside the scratch directory.
    auto outcome = run_weasyprint(options, html_path, pdf_path, scratch.file("").string());
    using Ending = ProcessOutcome::Ending;
    if (outcome.ending == Ending::NotFound) {
        return problem("weasyprint_instalado",
                       "No se encontró WeasyPrint («" + options.weasyprint +
                           "»), que genera el PDF. Instálelo con scripts/install-deps o elija "
                           "otro formato (html, docx).");
    }
    if (outcome.ending == Ending::TimedOut) {
        return problem("pdf_a_tiempo", "WeasyPrint no terminó el PDF en " +
                                           std::to_string(options.time_limit.count()) +
                                           " segundos y se detuvo; no se escribió nada.");
    }
    if (outcome.ending == Ending::Signalled || outcome.exit_code != 0 || !fs::exists(pdf_path)) {
        auto reason = last_line(outcome.errors);
        return problem("pdf_generado", "WeasyPrint no pudo generar el PDF" +
                                           (reason.empty() ? std::string(".") : ": " + reason));
    }
    std::ifstream pdf(pdf_path, std::ios::binary);
    std::stringstream bytes;
    bytes << pdf.rdbuf();
    return bytes.str();
}

}  // namespace vincula::render::pdf
