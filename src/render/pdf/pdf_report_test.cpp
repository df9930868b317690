#include "render/pdf/pdf_report.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/example_report.h"
#include "support/temp_dir.h"

namespace vincula::render::pdf {
namespace {

TEST(Pdf, SaysInSpanishWhenWeasyPrintIsMissing) {
    PdfOptions options;
    options.weasyprint = "weasyprint-que-no-existe";
    auto pdf = render_pdf(testing::example_report(), options);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().front().rule, "weasyprint_instalado");
    EXPECT_NE(pdf.error().front().message.find("No se encontró WeasyPrint"), std::string::npos);
}

TEST(Pdf, StopsARendererThatOutlivesItsTimeLimit) {
    testing::TempDir dir;
    auto slow = dir.path("weasyprint-lento");
    {
        std::ofstream script(slow);
        script << "#!/bin/sh\nsleep 30\n";
    }
    std::filesystem::permissions(slow, std::filesystem::perms::owner_all);
    PdfOptions options;
    options.weasyprint = slow;
    options.time_limit = std::chrono::seconds(1);
    auto started = std::chrono::steady_clock::now();
    auto pdf = render_pdf(testing::example_report(), options);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().front().rule, "pdf_a_tiempo");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
}

TEST(Pdf, ReportsWhatWeasyPrintSaidWhenItFails) {
    testing::TempDir dir;
    auto failing = dir.path("weasyprint-roto");
    {
        std::ofstream script(failing);
        script << "#!/bin/sh\necho 'primera línea' >&2\necho 'no se pudo leer la fuente' >&2\nexit "
                  "1\n";
    }
    std::filesystem::permissions(failing, std::filesystem::perms::owner_all);
    PdfOptions options;
    options.weasyprint = failing;
    auto pdf = render_pdf(testing::example_report(), options);
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().front().rule, "pdf_generado");
    EXPECT_NE(pdf.error().front().message.find("no se pudo leer la fuente"), std::string::npos);
}

TEST(Pdf, MakesARealPdf) {
    auto pdf = render_pdf(testing::example_report());
    ASSERT_TRUE(pdf) << pdf.error().front().message;
    EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
    EXPECT_GT(pdf->size(), 2000u);
}

}  // namespace
}  // namespace vincula::render::pdf
