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

}  // namespace
}  // namespace vincula::testing
