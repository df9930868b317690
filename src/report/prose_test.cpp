#include "report/prose.h"

#include <gtest/gtest.h>

namespace vincula::report {
namespace {

TEST(Prose, BoldAndItalicBecomeSpans) {
    auto text = parse_inline("el **martes 9** se realizó una *reunión* con **la Coalición**.");
    ASSERT_EQ(text.size(), 7u);
    EXPECT_EQ(text[0], (Span{"el ", Emphasis::None, std::nullopt}));
    EXPECT_EQ(text[1], (Span{"martes 9", Emphasis::Bold, std::nullopt}));
    EXPECT_EQ(text[3], (Span{"reunión", Emphasis::Italic, std::nullopt}));
    EXPECT_EQ(text[5].text, "la Coalición");
    EXPECT_EQ(plain_text(text), "el martes 9 se realizó una reunión con la Coalición.");
}

TEST(Prose, AnUnpairedAsteriskStaysAsWritten) {
    auto text = parse_inline("categoría «C» * sin cierre y 5 ** 2");
    EXPECT_EQ(plain_text(text), "categoría «C» * sin cierre y 5 ** 2");
    for (const auto& span : text) {
        EXPECT_EQ(span.emphasis, Emphasis::None);
    }
}

TEST(Prose, ItalicInsideBold) {
    auto text = parse_inline("**difusión en *Facebook* y más**");
    ASSERT_EQ(text.size(), 3u);
    EXPECT_EQ(text[1], (Span{"Facebook", Emphasis::BoldItalic, std::nullopt}));
}

TEST(Prose, ParagraphsAndNestedBulletsKeepTheirOrder) {
    auto blocks = parse_prose(
        "Primer párrafo\nque sigue.\n\n- **Organismos públicos:**\n  - Alcaldías.\n  - "
        "Bibliotecas.\n- Otro\n\nCierre.");
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[0]).text), "Primer párrafo que sigue.");
    const auto& list = std::get<List>(blocks[1]);
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(plain_text(list.items[0].text), "Organismos públicos:");
    ASSERT_EQ(list.items[0].items.size(), 2u);
    EXPECT_EQ(plain_text(list.items[0].items[1].text), "Bibliotecas.");
    EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[2]).text), "Cierre.");
}

TEST(Prose, EmptyProseGivesNothing) {
    EXPECT_TRUE(parse_prose("").empty());
    EXPECT_TRUE(parse_prose("\n\n  \n").empty());
}

}  // namespace
}  // namespace vincula::report
