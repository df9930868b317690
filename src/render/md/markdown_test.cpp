#include "render/md/markdown.h"

#include <gtest/gtest.h>

#include "support/example_report.h"

namespace vincula::render::md {
namespace {

// The Markdown as a reader sees it rendered: emphasis markers gone,
// escaped characters back to themselves.
std::string rendered_text(const std::string& markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == '\\' && i + 1 < markdown.size()) {
            out += markdown[++i];
        } else if (markdown[i] != '*') {
            out += markdown[i];
        }
    }
    return out;
}

class Markdown : public ::testing::Test {
protected:
    report::ReportModel m_model = testing::example_report();
    std::string m_text = render_markdown(m_model);
    std::string m_plain = rendered_text(m_text);
};

TEST_F(Markdown, CarriesEveryTextOfTheModelInReadingOrder) {
    std::size_t from = 0;
    for (const auto& piece : testing::reading_order(m_model)) {
        if (piece.empty()) {
            continue;
        }
        auto at = m_plain.find(piece, from);
        ASSERT_NE(at, std::string::npos) << "«" << piece << "» missing or out of order";
        from = at;
    }
}

TEST_F(Markdown, HeadingsTakeTheirLevelAndAnchor) {
    for (const auto& section : m_model.sections) {
        auto heading = "# " + (section.label.empty() ? "" : section.label + " ") + section.title +
                       " {#" + section.anchor + "}";
        EXPECT_NE(m_text.find(heading), std::string::npos) << heading;
    }
}

TEST_F(Markdown, FootnotesAreMarkedAndDefined) {
    for (const auto& note : m_model.footnotes) {
        auto marker = "[^" + std::to_string(note.number) + "]";
        auto first = m_text.find(marker);
        ASSERT_NE(first, std::string::npos);
        EXPECT_NE(m_text.find(marker + ": "), std::string::npos) << marker;
        EXPECT_LT(first, m_text.find(marker + ": "));
    }
}

TEST_F(Markdown, EmphasisHugsItsWordsAndMarkupIsEscaped) {
    report::ReportModel model;
    model.sections.push_back(report::Section{
        "a",
        "",
        "Prueba",
        1,
        true,
        {report::Paragraph{{{"Texto ", report::Emphasis::None, std::nullopt},
                            {"en negrita ", report::Emphasis::Bold, std::nullopt},
                            {"con 5 * 3 | y <b>", report::Emphasis::None, std::nullopt}}}},
        {}});
    auto text = render_markdown(model);
    EXPECT_NE(text.find("Texto **en negrita** con 5 \\* 3 \\| y \\<b>"), std::string::npos) << text;
}

TEST_F(Markdown, SameModelSameBytes) {
    EXPECT_EQ(render_markdown(m_model), m_text);
}

}  // namespace
}  // namespace vincula::render::md
