// The .docx opened by real tools: pandoc reads it back to text, LibreOffice
// lays it out as a PDF. What a reader sees must be all of the model's text,
// in the model's order.
#include "render/docx/docx_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/docx/body.h"
#include "support/example_report.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::render::docx {
namespace {

using vincula::testing::ProcessResult;
using vincula::testing::run_process;

// pandoc and pdftotext break lines and indent table cells; compare words only.
std::string collapse_spaces(const std::string& text) {
    std::string collapsed;
    bool space = false;
    for (char character : text) {
        bool blank = character == ' ' || character == '\n' || character == '\t' ||
                     character == '\r' || character == '\f';
        if (blank) {
            space = !collapsed.empty();
            continue;
        }
        if (space) {
            collapsed.push_back(' ');
            space = false;
        }
        collapsed.push_back(character);
    }
    return collapsed;
}

// Each expected text must appear after the previous one.
void expect_in_order(const std::string& haystack, const std::vector<std::string>& texts) {
    std::string flat = collapse_spaces(haystack);
    std::size_t from = 0;
    for (const auto& text : texts) {
        auto found = flat.find(collapse_spaces(text), from);
        ASSERT_NE(found, std::string::npos)
            << "«" << text << "» is missing or out of order after position " << from << " of:\n"
            << flat;
        from = found + 1;
    }
}

class DocxWriter : public ::testing::Test {
protected:
    void SetUp() override {
        m_model = vincula::testing::example_report();
        m_docx = m_directory.path("informe.docx");
        vincula::testing::write_file(m_docx, render_docx(m_model));
    }
    report::ReportModel m_model;
    vincula::testing::TempDir m_directory;
    std::string m_docx;
};

TEST_F(DocxWriter, PandocReadsEveryTextInOrder) {
    // --columns keeps pandoc from wrapping table cells into several lines.
    ProcessResult pandoc =
        run_process({"/usr/bin/pandoc", "-t", "plain", "--wrap=none", "--columns=1000", m_docx});
    ASSERT_EQ(pandoc.exit_code, 0) << pandoc.err;
    EXPECT_EQ(pandoc.err, "");
    expect_in_order(pandoc.out, vincula::testing::reading_order(m_model));
    // Footnote markers sit where the model puts them; roman items are numbered.
    expect_in_order(pandoc.out, {"Reglamento Interior[1] del Instituto", "I. Sesiones celebradas",
                                 "II. Acuerdos tomados", "III. Principales resultados obtenidos",
                                 "Universidad Nacional Autónoma de México[3]"});
}

TEST_F(DocxWriter, PandocSeesHeadingsAsHeadings) {
    ProcessResult pandoc =
        run_process({"/usr/bin/pandoc", "-t", "markdown", "--wrap=none", m_docx});
    ASSERT_EQ(pandoc.exit_code, 0) << pandoc.err;
    expect_in_order(pandoc.out, {"# Introducción", "# I. Sesiones de la Comisión",
                                 "# II. Principales resultados", "## 1. Seguimiento a la",
                                 "### A) Seguimiento a las sesiones", "## 2. Suscripción",
                                 "#### Detalle de los convenios"});
}

TEST_F(DocxWriter, LibreOfficeLaysItOutAsPdf) {
    ASSERT_TRUE(std::filesystem::exists("/usr/bin/soffice"))
        << "LibreOffice is missing: run scripts/install-deps";
    // A private profile: a concurrent LibreOffice (another test, a user)
    // would otherwise lock the default one and make this run fail.
    ProcessResult convert = run_process(
        {"/usr/bin/soffice", "-env:UserInstallation=file://" + m_directory.path("profile"),
         "--headless", "--convert-to", "pdf", "--outdir", m_directory.root(), m_docx});
    ASSERT_EQ(convert.exit_code, 0) << convert.out << convert.err;
    std::string pdf = m_directory.path("informe.pdf");
    ASSERT_TRUE(std::filesystem::exists(pdf)) << convert.out << convert.err;
    // -raw keeps the order LibreOffice wrote: cell by cell, not across columns.
    ProcessResult text = run_process({"/usr/bin/pdftotext", "-raw", pdf, "-"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    auto texts = vincula::testing::reading_order(m_model);
    // Footnotes print at the foot of their page, so only the body is in order.
    auto notes = static_cast<long>(m_model.footnotes.size());
    expect_in_order(text.out, {texts.begin(), texts.end() - notes});
    for (const auto& note : m_model.footnotes) {
        EXPECT_NE(collapse_spaces(text.out).find(vincula::testing::plain(note.text)),
                  std::string::npos);
    }
    // The cover is page 1 and carries no number; the body pages do.
    auto pages = text.out.substr(0, text.out.find('\f'));
    EXPECT_EQ(pages.find("Página"), std::string::npos);
    EXPECT_NE(text.out.find("Página 2 de "), std::string::npos);
    // The index has its page to itself, as in the PDF: the first part's
    // heading, listed in it, is found again only on a later page.
    auto index_page_start = text.out.find("ÍNDICE");
    ASSERT_NE(index_page_start, std::string::npos);
    auto index_page = collapse_spaces(text.out.substr(
        index_page_start, text.out.find('\f', index_page_start) - index_page_start));
    const auto& first_part = m_model.sections.front();
    ASSERT_TRUE(listed_in_index(first_part));
    auto heading = heading_text(first_part);
    auto listed = index_page.find(heading);
    ASSERT_NE(listed, std::string::npos) << index_page;
    EXPECT_EQ(index_page.find(heading, listed + heading.size()), std::string::npos) << index_page;
}

}  // namespace
}  // namespace vincula::render::docx
