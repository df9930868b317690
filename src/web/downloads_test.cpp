#include "web/downloads.h"

#include <gtest/gtest.h>

namespace vincula::web {
namespace {

TEST(CsvText, QuotesWhatWouldSplitAFieldAndStartsWithAByteOrderMark) {
    ListTable table{"Acuerdos", {"Clave", "Asunto"}, {}};
    table.rows.push_back({"CVOE/036/21", "Orden del día, décima sesión"});
    table.rows.push_back({"CVOE/037/21", "El «Programa» dice \"sí\"\nen dos líneas"});
    EXPECT_EQ(csv_text(table),
              "\xEF\xBB\xBF"
              "Clave,Asunto\r\n"
              "CVOE/036/21,\"Orden del día, décima sesión\"\r\n"
              "CVOE/037/21,\"El «Programa» dice \"\"sí\"\"\nen dos líneas\"\r\n");
}

TEST(CsvText, AFieldASpreadsheetWouldRunAsAFormulaIsReadAsText) {
    ListTable table{"Acuerdos", {"Asunto"}, {}};
    for (const char* text : {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"}) {
        table.rows.push_back({text});
    }
    EXPECT_EQ(csv_text(table),
              "\xEF\xBB\xBF"
              "Asunto\r\n"
              "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n");
}

TEST(Playable, AnswersThePartOfTheFileARangeAsksFor) {
    std::string video = "0123456789";
    auto header = [](const api::Response& response, std::string_view name) {
        for (const auto& [field, value] : response.headers) {
            if (field == name) {
                return value;
            }
        }
        return std::string();
    };
    auto whole = playable(video, "video/mp4", "VFF4-001.mp4", "");
    EXPECT_EQ(whole.status, 200);
    EXPECT_EQ(whole.body, video);
    EXPECT_EQ(header(whole, "Accept-Ranges"), "bytes");
    EXPECT_NE(header(whole, "Content-Disposition").find("inline"), std::string::npos);

    auto part = playable(video, "video/mp4", "VFF4-001.mp4", "bytes=2-5");
    EXPECT_EQ(part.status, 206);
    EXPECT_EQ(part.body, "2345");
    EXPECT_EQ(header(part, "Content-Range"), "bytes 2-5/10");
    EXPECT_EQ(playable(video, "video/mp4", "v.mp4", "bytes=7-").body, "789");
    EXPECT_EQ(playable(video, "video/mp4", "v.mp4", "bytes=-3").body, "789");
    EXPECT_EQ(playable(video, "video/mp4", "v.mp4", "bytes=8-99").body, "89");

    auto beyond = playable(video, "video/mp4", "v.mp4", "bytes=10-");
    EXPECT_EQ(beyond.status, 416);
    EXPECT_EQ(header(beyond, "Content-Range"), "bytes */10");
    // What is not one range of bytes gets the whole file.
    for (auto odd : {"bytes=0-1,4-5", "items=0-1", "bytes=5-2", "bytes=x-y", "bytes=-0"}) {
        auto answered = playable(video, "video/mp4", "v.mp4", odd);
        EXPECT_EQ(answered.status, 200) << odd;
        EXPECT_EQ(answered.body, video) << odd;
    }
}

}  // namespace
}  // namespace vincula::web
