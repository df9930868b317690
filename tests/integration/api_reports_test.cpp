// The quarterly report and the consistency review over HTTP, as the
// commission's staff download them: the demo quarter (Q4 2021 of the CVOE)
// in Markdown and in PDF, and the review's findings as JSON; and the report
// the public reads once the councillors approve it.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

constexpr std::string_view QUARTER = "commission=CVOE&quarter=2021-T4";

class ApiReports : public ::testing::Test {
protected:
    // Reports only read: one server for the suite.
    void SetUp() override { m_server = &ApiServer::shared(); }
    HttpResponse get(Role role, std::string_view path_and_query) {
        return m_server->client(role).get(std::string(path_and_query));
    }
    ApiServer* m_server = nullptr;
};

TEST_F(ApiReports, MarkdownReportListsTheQuartersAgreements) {
    auto answer = get(Role::Council, "/api/v1/reports?" + std::string(QUARTER) + "&format=md");
    ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 300);
    EXPECT_EQ(answer.header("Content-Type"), "text/markdown; charset=utf-8");
    EXPECT_NE(answer.header("Content-Disposition").find("informe-CVOE-2021-10-01-2021-12-31.md"),
              std::string::npos)
        << answer.header("Content-Disposition");
    // The twelve agreements of the quarter's sessions, and the one approving the report.
    for (int number = 36; number <= 47; ++number) {
        auto code = "CVOE/0" + std::to_string(number) + "/21";
        EXPECT_NE(answer.body.find(code), std::string::npos) << code;
    }
    EXPECT_NE(answer.body.find("CVOE/004/22"), std::string::npos);
}

TEST_F(ApiReports, APeriodByDatesIsTheSameAsByQuarter) {
    auto by_quarter =
        get(Role::Capturist, "/api/v1/reports?" + std::string(QUARTER) + "&format=md");
    auto by_dates = get(Role::Capturist,
                        "/api/v1/reports?commission=CVOE&from=2021-10-01&to=2021-12-31&format=md");
    ASSERT_EQ(by_dates.status, 200) << by_dates.body.substr(0, 300);
    EXPECT_EQ(by_dates.body, by_quarter.body);
}

TEST_F(ApiReports, PdfReportIsAPdfDocument) {
    auto answer = get(Role::Area, "/api/v1/reports?" + std::string(QUARTER) + "&format=pdf");
    ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 300);
    EXPECT_EQ(answer.header("Content-Type"), "application/pdf");
    EXPECT_TRUE(answer.body.starts_with("%PDF-")) << answer.body.substr(0, 20);
    EXPECT_GT(answer.body.size(), 10000u);
    EXPECT_NE(answer.header("Content-Disposition").find("attachment"), std::string::npos);
}

// The processes whose parent is `parent` and whose command line names
// WeasyPrint, from /proc.
std::set<pid_t> weasyprint_children(pid_t parent) {
    std::set<pid_t> children;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        // /proc/N/stat: «N (command) state ppid …»; the command may hold spaces.
        std::ifstream stat_file(entry.path() / "stat");
        std::string stat((std::istreambuf_iterator<char>(stat_file)), {});
        auto after_command = stat.rfind(')');
        if (after_command == std::string::npos) {
            continue;
        }
        std::istringstream fields(stat.substr(after_command + 1));
        std::string state;
        pid_t ppid = 0;
        fields >> state >> ppid;
        std::ifstream cmdline_file(entry.path() / "cmdline");
        std::string cmdline((std::istreambuf_iterator<char>(cmdline_file)), {});
        if (ppid == parent && cmdline.find("weasyprint") != std::string::npos) {
            children.insert(std::stoi(name));
        }
    }
    return children;
}

// `vincula serve` keeps one WeasyPrint running for all its PDFs
// (render/pdf/warm_weasyprint.h) rather than paying Python's start for each.
TEST(ApiReportsPdf, TheServerMakesEveryPdfWithTheSameWeasyPrint) {
    auto server = ApiServer::start();
    auto pdf = [&] {
        return server->client(Role::Area)
            .get("/api/v1/reports?" + std::string(QUARTER) + "&format=pdf");
    };
    EXPECT_TRUE(weasyprint_children(server->pid()).empty()) << "started before any PDF";
    ASSERT_EQ(pdf().status, 200);
    auto after_first = weasyprint_children(server->pid());
    ASSERT_EQ(after_first.size(), 1u) << "no WeasyPrint kept after the first PDF";
    ASSERT_EQ(pdf().status, 200);
    EXPECT_EQ(weasyprint_children(server->pid()), after_first);
    EXPECT_EQ(server->stop(), 0) << server->log();
}

TEST_F(ApiReports, ChecksAnswerTheReviewsFindingsAsJson) {
    auto answer = get(Role::Capturist, "/api/v1/checks?" + std::string(QUARTER));
    ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 300);
    EXPECT_EQ(answer.header("Content-Type"), "application/json; charset=utf-8");
    auto review = answer.json();
    EXPECT_EQ(review["comision"], "CVOE");
    EXPECT_EQ(review["desde"], "2021-10-01");
    EXPECT_EQ(review["hasta"], "2021-12-31");
    ASSERT_TRUE(review["hallazgos"].is_array());
    ASSERT_FALSE(review["hallazgos"].empty()) << "the demo has known gaps (CVOE/026–035/21)";
    for (const auto& finding : review["hallazgos"]) {
        EXPECT_TRUE(finding["severidad"].is_string()) << finding.dump();
        EXPECT_TRUE(finding["regla"].is_string()) << finding.dump();
        EXPECT_FALSE(finding["mensaje"].get<std::string>().empty()) << finding.dump();
    }
}

TEST_F(ApiReports, ThePublicMustSignInForReportsAndChecks) {
    auto report = get(Role::Public, "/api/v1/reports?" + std::string(QUARTER) + "&format=md");
    EXPECT_EQ(report.status, 401);
    EXPECT_EQ(report.body.find("CVOE/036/21"), std::string::npos);
    EXPECT_EQ(get(Role::Public, "/api/v1/checks?" + std::string(QUARTER)).status, 401);
}

TEST_F(ApiReports, AMistakenRequestSaysWhatIsWrong) {
    auto quarter = get(Role::Council, "/api/v1/reports?commission=CVOE&quarter=2021-T5&format=md");
    ASSERT_EQ(quarter.status, 400) << quarter.body;
    EXPECT_EQ(quarter.json()["errores"][0]["regla"], "trimestre_valido");
    auto format = get(Role::Council, "/api/v1/reports?" + std::string(QUARTER) + "&format=odt");
    ASSERT_EQ(format.status, 400) << format.body;
    EXPECT_EQ(format.json()["errores"][0]["campo"], "format");
    EXPECT_EQ(get(Role::Council, "/api/v1/reports?commission=CXYZ&quarter=2021-T4").status, 404);
    auto no_period = get(Role::Council, "/api/v1/checks?commission=CVOE");
    EXPECT_EQ(no_period.status, 400) << no_period.body;
    EXPECT_EQ(get(Role::Council, "/api/v1/checks?quarter=2021-T4").status, 400);
}

// Approving a report for publication writes: a server of its own.
class ApiPublishedReports : public ApiTest {};

TEST_F(ApiPublishedReports, ThePublicReadsAReportOnceACouncillorApprovesIt) {
    auto report = "/api/v1/reports?" + std::string(QUARTER) + "&format=md";
    auto public_client = as(Role::Public);
    ASSERT_EQ(public_client.get(report).status, 401);
    auto by_capturist = as(Role::Capturist)
                            .post("/api/v1/reports/publications",
                                  R"({"commission": "CVOE", "quarter": "2021-T4"})");
    EXPECT_EQ(by_capturist.status, 403) << by_capturist.body;
    EXPECT_EQ(public_client.get(report).status, 401);

    auto approved = as(Role::Council)
                        .post("/api/v1/reports/publications",
                              R"({"commission": "CVOE", "quarter": "2021-T4"})");
    ASSERT_EQ(approved.status, 201) << approved.body;
    auto read = public_client.get(report);
    ASSERT_EQ(read.status, 200) << read.body.substr(0, 300);
    EXPECT_NE(read.body.find("CVOE/036/21"), std::string::npos);
    // Only that period.
    EXPECT_EQ(public_client.get("/api/v1/reports?commission=CVOE&quarter=2021-T3&format=md").status,
              401);
    // The review stays with the institute.
    EXPECT_EQ(public_client.get("/api/v1/checks?" + std::string(QUARTER)).status, 401);

    auto listed = public_client.get("/api/v1/reports/publications?commission=CVOE").json();
    ASSERT_EQ(listed["registros"].size(), 1u) << listed.dump();
    EXPECT_EQ(listed["registros"][0]["from"], "2021-10-01");
    EXPECT_EQ(listed["registros"][0]["to"], "2021-12-31");
    EXPECT_FALSE(listed["registros"][0].contains("approved_by")) << "who approved is internal";
    auto internal = as(Role::Capturist).get("/api/v1/reports/publications").json();
    EXPECT_EQ(internal["registros"][0]["approved_by"], email_of(Role::Council));

    auto history = as(Role::Administrator).get("/api/v1/audit?array=report_publications").json();
    ASSERT_EQ(history["registros"].size(), 1u) << history.dump();
    EXPECT_EQ(history["registros"][0]["actor"], email_of(Role::Council));
}

// An agreement of the quarter the report did not have when approved.
constexpr std::string_view LATE_AGREEMENT =
    R"({"session": "o12-2021", "kind": "otro", "result": "aprobado",
        "title": "Acuerdo capturado después de la aprobación"})";

TEST_F(ApiPublishedReports, AnApprovedReportIsServedAsApprovedUntilANewVersion) {
    auto report = "/api/v1/reports?" + std::string(QUARTER) + "&format=md";
    auto council = as(Role::Council);
    auto approved = council.post("/api/v1/reports/publications",
                                 R"({"commission": "CVOE", "quarter": "2021-T4"})");
    ASSERT_EQ(approved.status, 201) << approved.body;
    auto version = approved.json();
    EXPECT_EQ(version["version"], 1);
    std::set<std::string> kept;
    for (const auto& file : version["files"]) {
        kept.insert(file["format"].get<std::string>());
    }
    EXPECT_EQ(kept, (std::set<std::string>{"json", "md", "html", "pdf", "docx", "xlsx"}));

    auto public_client = as(Role::Public);
    auto first = public_client.get(report);
    ASSERT_EQ(first.status, 200) << first.body.substr(0, 300);
    EXPECT_EQ(first.header("X-Vincula-Version"), "1");
    // The published fingerprint is the file's: anyone can check a copy.
    auto pdf = public_client.get("/api/v1/reports?" + std::string(QUARTER) + "&format=pdf");
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
    std::string listed_pdf_sha;
    for (const auto& file : version["files"]) {
        if (file["format"] == "pdf") {
            listed_pdf_sha = file["sha256"];
        }
    }
    EXPECT_EQ(pdf.header("X-Vincula-SHA256"), listed_pdf_sha);
    EXPECT_EQ(listed_pdf_sha.size(), 64u);

    ASSERT_EQ(as(Role::Capturist).post("/api/v1/agreements", std::string(LATE_AGREEMENT)).status,
              201);
    // The public still reads what was approved, byte for byte; staff read
    // the data as they are, and the review says the two differ.
    EXPECT_EQ(public_client.get(report).body, first.body);
    auto current = as(Role::Capturist).get(report);
    EXPECT_NE(current.body.find("capturado después de la aprobación"), std::string::npos);
    auto checks = as(Role::Capturist).get("/api/v1/checks?" + std::string(QUARTER)).json();
    bool flagged = false;
    for (const auto& finding : checks["hallazgos"]) {
        flagged = flagged || finding["regla"] == "cambios_posteriores";
    }
    EXPECT_TRUE(flagged) << checks.dump(2);

    auto second = council.post("/api/v1/reports/publications",
                               R"({"commission": "CVOE", "quarter": "2021-T4"})");
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_EQ(second.json()["version"], 2);
    auto now = public_client.get(report);
    EXPECT_EQ(now.header("X-Vincula-Version"), "2");
    EXPECT_NE(now.body.find("capturado después de la aprobación"), std::string::npos);
    // The old version stays readable.
    auto old = public_client.get(report + "&version=1");
    ASSERT_EQ(old.status, 200);
    EXPECT_EQ(old.body, first.body);
    EXPECT_EQ(public_client.get(report + "&version=7").status, 404);
    // Approving again what is in force changes nothing.
    auto again = council.post("/api/v1/reports/publications",
                              R"({"commission": "CVOE", "quarter": "2021-T4"})");
    EXPECT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json()["version"], 2);
    auto listed = public_client.get("/api/v1/reports/publications?commission=CVOE").json();
    ASSERT_EQ(listed["registros"].size(), 2u) << listed.dump();
    EXPECT_EQ(listed["registros"][0]["in_force"], true);
    EXPECT_EQ(listed["registros"][1]["in_force"], false);
}

TEST_F(ApiPublishedReports, AWithdrawalNeedsAReasonAndHidesTheReportFromThePublic) {
    auto council = as(Role::Council);
    ASSERT_EQ(
        council
            .post("/api/v1/reports/publications", R"({"commission": "CVOE", "quarter": "2021-T4"})")
            .status,
        201);
    auto report = "/api/v1/reports?" + std::string(QUARTER) + "&format=md";
    ASSERT_EQ(as(Role::Public).get(report).status, 200);

    auto without_reason = council.post("/api/v1/reports/withdrawals",
                                       R"({"commission": "CVOE", "quarter": "2021-T4"})");
    EXPECT_EQ(without_reason.status, 422);
    EXPECT_EQ(without_reason.json()["errores"][0]["regla"], "motivo_retiro");
    EXPECT_EQ(as(Role::Public).get(report).status, 200) << "a refused withdrawal changes nothing";
    EXPECT_EQ(as(Role::Capturist)
                  .post("/api/v1/reports/withdrawals",
                        R"({"commission": "CVOE", "quarter": "2021-T4", "reason": "x"})")
                  .status,
              403);

    auto withdrawn = council.post(
        "/api/v1/reports/withdrawals",
        R"({"commission": "CVOE", "quarter": "2021-T4", "reason": "Faltan los convenios"})");
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(as(Role::Public).get(report).status, 401);
    EXPECT_EQ(as(Role::Public).get(report + "&version=1").status, 401);
    EXPECT_TRUE(as(Role::Public).get("/api/v1/reports/publications").json()["registros"].empty());
    // The institute still reads the withdrawn version and why.
    EXPECT_EQ(as(Role::Capturist).get(report + "&version=1").status, 200);
    auto internal = as(Role::Capturist).get("/api/v1/reports/publications").json();
    EXPECT_EQ(internal["registros"][0]["withdrawal_reason"], "Faltan los convenios");
    auto history = as(Role::Administrator).get("/api/v1/audit?array=report_publications").json();
    ASSERT_EQ(history["registros"].size(), 2u);
    EXPECT_EQ(history["registros"][0]["action"], "retirar_informe");
}

TEST_F(ApiPublishedReports, AReviewWithErrorsIsApprovedOnlyWithAReason) {
    // A gap in the agreements' numbering is an error of the review.
    ASSERT_EQ(as(Role::Capturist)
                  .post("/api/v1/agreements",
                        R"({"session": "o12-2021", "kind": "otro", "result": "aprobado",
                            "code": "CVOE/060/21", "title": "Acuerdo fuera de numeración"})")
                  .status,
              201);
    auto checks = as(Role::Capturist).get("/api/v1/checks?" + std::string(QUARTER)).json();
    bool has_error = false;
    for (const auto& finding : checks["hallazgos"]) {
        has_error = has_error || finding["severidad"] == "error";
    }
    ASSERT_TRUE(has_error) << checks.dump(2);

    auto council = as(Role::Council);
    auto refused = council.post("/api/v1/reports/publications",
                                R"({"commission": "CVOE", "quarter": "2021-T4"})");
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.json()["errores"][0]["campo"], "reason");
    EXPECT_EQ(refused.json()["errores"][0]["regla"], "motivo_aprobacion");
    EXPECT_EQ(as(Role::Public).get("/api/v1/reports?" + std::string(QUARTER) + "&format=md").status,
              401);

    auto approved = council.post(
        "/api/v1/reports/publications",
        R"({"commission": "CVOE", "quarter": "2021-T4", "reason": "La numeración se corrige en el siguiente trimestre"})");
    ASSERT_EQ(approved.status, 201) << approved.body;
    EXPECT_EQ(approved.json()["reason"], "La numeración se corrige en el siguiente trimestre");
}

}  // namespace
}  // namespace vincula::testing
