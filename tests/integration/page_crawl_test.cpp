// Every page a role can reach by following links answers without a server
// error, and its words pass the Spanish lint (support/spanish_lint.h): no
// «1 sesiones», no «de el», no word twice. The crawl starts at «Inicio» and
// follows every link of this site, a few pages of each kind (three sessions,
// three edit forms of each record type…), for every role.
#include <deque>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/spanish_lint.h"

namespace vincula::testing {
namespace {

// What a link leads to, without its keys: «/sesiones/o11-2021» and
// «/sesiones/o12-2021» are one kind of page.
std::string kind_of(const std::string& target) {
    auto path = target.substr(0, target.find('?'));
    std::string kind;
    std::size_t depth = 0;
    std::size_t start = 1;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        auto segment =
            path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        kind += "/" + (depth < 2 && segment != "editar" ? segment : std::string("*"));
        if (segment == "editar") {
            break;
        }
        ++depth;
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    return kind;
}

// Links not to follow: leaving the session, files rather than pages (each
// has its own tests), and the slow documents.
bool followed(const std::string& target) {
    for (const auto* skipped : {"/salir", "/api/", "/static/", "formato=", ".ics", "/descargar",
                                "/archivo", "eliminar", "/baja"}) {
        if (target.find(skipped) != std::string::npos) {
            return false;
        }
    }
    return target.starts_with("/") && !target.starts_with("//");
}

std::string unescaped(std::string text) {
    for (auto at = text.find("&amp;"); at != std::string::npos; at = text.find("&amp;", at + 1)) {
        text.replace(at, 5, "&");
    }
    return text;
}

struct CrawlResult {
    std::size_t pages = 0;
    std::vector<std::string> problems;
};

// Follows links from «Inicio», `of_a_kind` pages of each kind at most.
CrawlResult crawl(HttpClient& client, std::size_t of_a_kind) {
    CrawlResult result;
    std::deque<std::string> queue{"/"};
    std::set<std::string> seen{"/"};
    std::map<std::string, std::size_t> of_kind;
    static const std::regex link(R"(href="(/[^"#]*))");
    while (!queue.empty()) {
        auto target = queue.front();
        queue.pop_front();
        auto answer = client.get(target);
        ++result.pages;
        if (answer.status >= 500) {
            result.problems.push_back(target + " answered " + std::to_string(answer.status));
            continue;
        }
        if (answer.status == 303 || answer.status == 302) {
            // A role's «Inicio» may lead elsewhere (a juror's to /jurado).
            auto location = answer.header("Location");
            if (followed(location) && seen.insert(location).second) {
                queue.push_back(location);
            }
            continue;
        }
        if (answer.status != 200 ||
            answer.header("Content-Type").find("text/html") == std::string::npos) {
            continue;
        }
        for (const auto& problem : spanish_problems(visible_text(answer.body))) {
            result.problems.push_back(target + ": " + problem);
        }
        for (std::sregex_iterator it(answer.body.begin(), answer.body.end(), link), end; it != end;
             ++it) {
            auto next = unescaped((*it)[1].str());
            if (!followed(next) || !seen.insert(next).second) {
                continue;
            }
            if (++of_kind[kind_of(next)] <= of_a_kind) {
                queue.push_back(next);
            }
        }
    }
    return result;
}

class PageCrawl : public ::testing::TestWithParam<Role> {};

TEST_P(PageCrawl, EveryPageAnswersAndItsSpanishPassesTheLint) {
    auto& server = ApiServer::shared();
    auto client =
        GetParam() == Role::Public ? server.client(Role::Public) : server.signed_in(GetParam());
    auto result = crawl(client, 3);
    auto few = GetParam() == Role::Public || GetParam() == Role::Juror;
    EXPECT_GE(result.pages, few ? 2u : 10u);
    std::string all;
    for (const auto& problem : result.problems) {
        all += "\n  " + problem;
    }
    EXPECT_TRUE(result.problems.empty())
        << result.problems.size() << " problems in " << result.pages << " pages:" << all;
}

// The same over generated data: two years of two commissions as `vincula
// synth` makes them, read by the administrator (who reaches every page)
// and the public. Some pages still read the whole database (a known
// cost), so the crawl takes two pages of a kind here.
TEST(PageCrawlOfSyntheticData, EveryPageAnswersAndItsSpanishPassesTheLint) {
    auto server = ApiServer::start(Seed::Synthetic);
    for (auto role : {Role::Administrator, Role::Public}) {
        auto client = role == Role::Public ? server->client(Role::Public) : server->signed_in(role);
        auto result = crawl(client, 2);
        std::cout << role_name(role) << ": " << result.pages << " pages\n";
        std::string all;
        for (const auto& problem : result.problems) {
            all += "\n  " + problem;
        }
        EXPECT_TRUE(result.problems.empty()) << role_name(role) << ": " << result.problems.size()
                                             << " problems in " << result.pages << " pages:" << all;
    }
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(server->problems_logged(), "");
}

// Every quarter's report and review of every commission of the generated
// data, as staff download them: the Spanish of documents and findings is
// generated too, and must pass the same lint.
TEST(ReportsOfSyntheticData, EveryReportAndReviewPassesTheSpanishLint) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto client = server->client(Role::Administrator);
    auto commissions = client.get("/api/v1/commissions?limit=100").json()["registros"];
    ASSERT_GE(commissions.size(), 2u);
    std::vector<std::string> problems;
    std::size_t documents = 0;
    for (const auto& commission : commissions) {
        auto key = commission["key"].get<std::string>();
        for (int year : {2015, 2016}) {
            for (int quarter = 1; quarter <= 4; ++quarter) {
                auto scope = "commission=" + key + "&quarter=" + std::to_string(year) + "-T" +
                             std::to_string(quarter);
                auto report = client.get("/api/v1/reports?" + scope + "&format=md");
                auto review = client.get("/api/v1/checks?" + scope);
                if (report.status != 200 || review.status != 200) {
                    problems.push_back(scope + ": " + std::to_string(report.status) + "/" +
                                       std::to_string(review.status));
                    continue;
                }
                documents += 2;
                for (const auto& problem : spanish_problems(report.body)) {
                    problems.push_back(scope + " informe: " + problem);
                }
                auto findings = review.json();
                for (const auto& finding : findings["hallazgos"]) {
                    for (const auto& problem :
                         spanish_problems(finding["mensaje"].get<std::string>())) {
                        problems.push_back(scope + " revisión: " + problem);
                    }
                }
            }
        }
    }
    std::string all;
    for (const auto& problem : problems) {
        all += "\n  " + problem;
    }
    EXPECT_GE(documents, 32u);
    EXPECT_TRUE(problems.empty()) << problems.size() << " problems:" << all;
    EXPECT_EQ(server->stop(), 0);
}

INSTANTIATE_TEST_SUITE_P(EveryRole, PageCrawl, ::testing::ValuesIn(ALL_ROLES),
                         [](const auto& info) {
                             std::string name(role_name(info.param));
                             for (auto& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) {
                                     c = '_';
                                 }
                             }
                             return name;
                         });

TEST(SpanishLint, FindsWhatItIsMeantToFind) {
    EXPECT_EQ(spanish_problems("Hubo 1 sesiones y 0 errores y 1 avisos.").size(), 2u);
    EXPECT_EQ(spanish_problems("la designación de el secretario").size(), 1u);
    EXPECT_EQ(spanish_problems("el informe de de la Comisión").size(), 1u);
    EXPECT_TRUE(spanish_problems("1 sesión, 21 sesiones, el 1 de diciembre, 1 mes, CVOE/1 s, "
                                 "el director de El Colegio de México")
                    .empty());
    EXPECT_EQ(visible_text("<p>Uno &amp; <b>dos</b></p><script>var x = '1 sesiones';</script>"),
              "\nUno & dos");
}

}  // namespace
}  // namespace vincula::testing
