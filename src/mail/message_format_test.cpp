#include "mail/message_format.h"

#include <gtest/gtest.h>

#include "mail/mailing_message.h"

namespace vincula::mail {
namespace {

Settings settings() {
    return Settings{
        "smtp://127.0.0.1:2525",    "", "", "Vinculación IECM <vinculacion@iecm.example>",
        "https://vincula.example/", 5};
}

TEST(MessageFormat, AsciiSubjectTravelsAsItIs) {
    EXPECT_EQ(encode_header_text("Boletin de octubre"), "Boletin de octubre");
}

TEST(MessageFormat, SpanishSubjectIsEncodedAsRfc2047Words) {
    // «Invitación» in UTF-8, base64.
    EXPECT_EQ(encode_header_text("Invitación"), "=?UTF-8?B?SW52aXRhY2nDs24=?=");
}

TEST(MessageFormat, LongSubjectSplitsBetweenWholeCharacters) {
    std::string subject;
    for (int i = 0; i < 30; ++i) {
        subject += "ñá";
    }
    auto encoded = encode_header_text(subject);
    std::size_t start = 0;
    int words = 0;
    while (start < encoded.size()) {
        auto end = encoded.find("\r\n ", start);
        auto word =
            encoded.substr(start, end == std::string::npos ? std::string::npos : end - start);
        EXPECT_LE(word.size(), 75u) << word;
        EXPECT_TRUE(word.starts_with("=?UTF-8?B?") && word.ends_with("?="));
        ++words;
        start = end == std::string::npos ? encoded.size() : end + 3;
    }
    EXPECT_GT(words, 1);
    // 45 bytes per word would cut the 23rd «ñ» in half: the first word
    // stops at 44 bytes.
    EXPECT_EQ(encoded.substr(0, encoded.find("\r\n")), encode_header_text(subject.substr(0, 44)));
}

TEST(MessageFormat, MailboxQuotesOrEncodesTheName) {
    EXPECT_EQ(mailbox("Ana", "ana@example.org"), "\"Ana\" <ana@example.org>");
    EXPECT_EQ(mailbox("", "ana@example.org"), "ana@example.org");
    EXPECT_EQ(mailbox("José", "jose@example.org"), "=?UTF-8?B?Sm9zw6k=?= <jose@example.org>");
    EXPECT_EQ(address_of("Vinculación IECM <vinculacion@iecm.example>"),
              "vinculacion@iecm.example");
    EXPECT_EQ(address_of(" solo@example.org "), "solo@example.org");
}

TEST(MessageFormat, BodyIsBase64OfTheUtf8TextWithCrlfLines) {
    Message message{"ana@example.org", "Ana", "Información", "Línea uno\nLínea dos", {}};
    auto text =
        format_message(settings(), message, "Wed, 25 Nov 2026 10:00:00 +0000", "<1@iecm.example>");
    EXPECT_NE(text.find("Subject: =?UTF-8?B?SW5mb3JtYWNpw7Nu?=\r\n"), std::string::npos);
    EXPECT_NE(text.find("From: =?UTF-8?B?VmluY3VsYWNpw7NuIElFQ00=?= <vinculacion@iecm.example>"),
              std::string::npos);
    EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
    EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n\r\n"), std::string::npos);
    // base64 of "Línea uno\r\nLínea dos"
    EXPECT_NE(text.find("TMOtbmVhIHVubw0KTMOtbmVhIGRvcw==\r\n"), std::string::npos);
}

TEST(MessageFormat, HeaderInjectionIsRefused) {
    EXPECT_FALSE(safe_header_value("Hola\r\nBcc: otro@example.org"));
    EXPECT_TRUE(safe_header_value("Hola"));
    Message message{"ana@example.org\r\nBcc: x@y", "", "Asunto", "Texto", {}};
    auto sent = send(settings(), message);
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().front().field, "smtp");
    EXPECT_EQ(sent.error().front().rule, "smtp_valor_invalido");
}

TEST(MessageFormat, UnconfiguredServerIsASpanishError) {
    auto sent = send(Settings{}, Message{"ana@example.org", "", "Asunto", "Texto", {}});
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().front().rule, "smtp_no_configurado");
    EXPECT_NE(sent.error().front().message.find("--smtp"), std::string::npos);
}

TEST(MessageFormat, RefusedConnectionSaysSo) {
    // Port 1 on loopback: nothing listens there.
    auto chosen = settings();
    chosen.url = "smtp://127.0.0.1:1";
    auto sent = send(chosen, Message{"ana@example.org", "", "Asunto", "Texto", {}});
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().front().field, "smtp");
    EXPECT_EQ(sent.error().front().rule, "smtp_conexion");
    EXPECT_NE(sent.error().front().message.find("127.0.0.1:1"), std::string::npos);
}

TEST(MailingMessage, CarriesTheUnsubscribeLinkInFooterAndHeader) {
    auto message =
        mailing_message(settings(), "secreto",
                        Recipient{"red-obs", "Red de Observación IECM", "ana@example.org", "Ana"},
                        "Invitación", "Le invitamos.\n");
    ASSERT_EQ(message.headers.size(), 1u);
    EXPECT_EQ(message.headers[0].first, "List-Unsubscribe");
    EXPECT_TRUE(message.headers[0].second.starts_with("<https://vincula.example/baja?t="));
    auto link = message.headers[0].second.substr(1, message.headers[0].second.size() - 2);
    EXPECT_NE(message.text.find("Le invitamos.\n\n-- \n"), std::string::npos);
    EXPECT_NE(message.text.find("Red de Observación IECM"), std::string::npos);
    EXPECT_NE(message.text.find(link + "\n"), std::string::npos);
}

}  // namespace
}  // namespace vincula::mail
