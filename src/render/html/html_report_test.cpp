#include "render/html/html_report.h"

#include <gtest/gtest.h>

#include "support/example_report.h"

namespace vincula::render::html {
namespace {

class Html : public ::testing::Test {
protected:
    report::ReportModel m_model = testing::example_report();
    std::string m_page = render_html(m_model);
};

TEST_F(Html, IsOneSelfContainedSpanishDocument) {
    EXPECT_EQ(m_page.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(m_page.find("<html lang=\"es-MX\">"), std::string::npos);
    EXPECT_NE(m_page.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(m_page.find("<style>"), std::string::npos);
    for (auto external : {"http://", "https://", "<link", "<script", "@import"}) {
        EXPECT_EQ(m_page.find(external), std::string::npos) << external;
    }
}

TEST_F(Html, PrintsForLetterPagesWithNumberedFooter) {
    auto css = std::string(report_stylesheet());
    EXPECT_NE(css.find("size: letter"), std::string::npos);
    EXPECT_NE(css.find("counter(page)"), std::string::npos);
    EXPECT_NE(css.find("counter(pages)"), std::string::npos);
    EXPECT_NE(css.find("target-counter(attr(href), page)"), std::string::npos);
    EXPECT_NE(css.find("float: footnote"), std::string::npos);
    EXPECT_NE(css.find("table-header-group"), std::string::npos);
}

TEST_F(Html, IndexLinksToEveryIndexedHeading) {
    for (const auto& section : m_model.sections) {
        EXPECT_NE(m_page.find("<a href=\"#" + section.anchor + "\">"), std::string::npos);
        EXPECT_NE(m_page.find("id=\"" + section.anchor + "\""), std::string::npos);
    }
}

TEST_F(Html, FootnotesPrintInPlaceForPaperAndAtTheEndForTheScreen) {
    for (const auto& note : m_model.footnotes) {
        auto id = std::to_string(note.number);
        EXPECT_NE(m_page.find("href=\"#nota-" + id + "\""), std::string::npos);
        EXPECT_NE(m_page.find("<li id=\"nota-" + id + "\""), std::string::npos);
    }

    auto in_place = m_page.find("<span class=\"footnote\">");
    auto at_end = m_page.find("<section class=\"footnotes\"");
    ASSERT_NE(in_place, std::string::npos);
    ASSERT_NE(at_end, std::string::npos);
    EXPECT_LT(in_place, at_end);
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

void count_cells(const std::vector<report::Section>& sections, std::size_t& printed) {
    for (const auto& section : sections) {
        for (const auto& block : section.blocks) {
            if (const auto* table = std::get_if<report::Table>(&block)) {
                for (const auto& row : table->rows) {
                    for (const auto& cell : row) {
                        printed += cell.row_span != 0 ? 1 : 0;
                    }
                }
            }
        }
        count_cells(section.sections, printed);
    }
}

TEST_F(Html, RowSpansMergeCellsAndCoveredCellsAreLeftOut) {
    EXPECT_NE(m_page.find("rowspan=\"2\""), std::string::npos);
    EXPECT_NE(m_page.find("colspan="), std::string::npos);
    // One <td> per cell that is not covered by a span above it.
    std::size_t printed = 0;
    count_cells(m_model.sections, printed);
    EXPECT_EQ(occurrences(m_page, "<td"), printed);
}

TEST_F(Html, EscapesWhatStaffTyped) {
    report::ReportModel model;
    model.title = "A <b> & \"c\"";
    model.sections.push_back(report::Section{
        "x",
        "",
        "T",
        1,
        true,
        {report::Paragraph{
            {{"<script>alert(1)</script> & más", report::Emphasis::None, std::nullopt}}}},
        {}});
    auto page = render_html(model);
    EXPECT_EQ(page.find("<script>"), std::string::npos);
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; más"), std::string::npos);
    EXPECT_NE(page.find("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"), std::string::npos);
}

}  // namespace
}  // namespace vincula::render::html
