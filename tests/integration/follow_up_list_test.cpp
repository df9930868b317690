// «Acuerdos» as a worklist: every pending follow-up is reached page after
// page, once, soonest deadline first and those without one last; every
// fulfilled one too, the latest first; the overdue ones are counted; one
// agreement's follow-up has an address of its own; an area sees only what
// it answers for.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

std::string unescaped(std::string text) {
    for (std::size_t at = text.find("&amp;"); at != std::string::npos; at = text.find("&amp;")) {
        text.replace(at, 5, "&");
    }
    return text;
}

// The agreement codes of the follow-ups shown between `from` and `to`.
std::vector<std::string> codes_between(const std::string& body, const std::string& from,
                                       const std::string& to) {
    std::vector<std::string> codes;
    auto start = from.empty() ? 0 : body.find(from);
    auto end = to.empty() ? std::string::npos : body.find(to);
    if (start == std::string::npos) {
        return codes;
    }
    const std::string open = "<header><strong>";
    for (auto at = body.find(open, start); at != std::string::npos && at < end;
         at = body.find(open, at + 1)) {
        auto code_start = at + open.size();
        codes.push_back(body.substr(code_start, body.find("</strong>", code_start) - code_start));
    }
    return codes;
}

// The address of the link whose text is `text`, or "".
std::string link_to(const std::string& body, const std::string& text) {
    auto at = body.find(">" + text + "</a>");
    if (at == std::string::npos) {
        return "";
    }
    auto href = body.rfind("href=\"", at);
    auto start = href + 6;
    return unescaped(body.substr(start, body.find('"', start) - start));
}

// Every code of one list, following its «next» links from /acuerdos.
std::vector<std::string> whole_list(HttpClient& staff, const std::string& heading,
                                    const std::string& next_heading, const std::string& next) {
    std::vector<std::string> codes;
    std::string path = "/acuerdos";
    for (int pages = 0; pages < 50 && !path.empty(); ++pages) {
        auto page = staff.get(path.substr(0, path.find('#')));
        EXPECT_EQ(page.status, 200) << path;
        auto shown = codes_between(page.body, heading, next_heading);
        codes.insert(codes.end(), shown.begin(), shown.end());
        path = link_to(page.body, next);
    }
    return codes;
}

// The date of the institute today, «AAAA-MM-DD», from the server's own clock
// (the tests run where it runs).
std::string today_iso() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

TEST(FollowUpList, EveryPendingAndFulfilledFollowUpIsReachedOnceInItsOrder) {
    auto server = ApiServer::start(Seed::Synthetic);
    auto api = server->client(Role::Capturist);
    auto staff = server->signed_in(Role::Capturist);
    // More pending follow-ups than a page holds: agreements of a session
    // without one get one, a fifth of them without a deadline.
    auto agreements = every_page(api, "/api/v1/agreements?limit=500");
    auto follow_ups = every_page(api, "/api/v1/agreement_follow_ups?limit=500");
    auto area = every_page(api, "/api/v1/areas?limit=500").at(0)["key"].get<std::string>();
    std::set<std::string> followed;
    for (const auto& follow_up : follow_ups) {
        followed.insert(follow_up["agreement"].get<std::string>());
    }
    int added = 0;
    for (const auto& agreement : agreements) {
        auto code = agreement["code"].get<std::string>();
        if (added == 40 || followed.contains(code) || !agreement.contains("session")) {
            continue;
        }
        nlohmann::json follow_up{{"agreement", code},
                                 {"instruction", "Informar a la Comisión."},
                                 {"areas", {area}},
                                 {"status", "en_proceso"}};
        if (added % 5 != 0) {
            // From long past to years ahead of the agreement.
            follow_up["deadline"] =
                std::to_string(2022 + added % 9) + "-0" + std::to_string(1 + added % 9) + "-15";
        }
        auto created = api.post("/api/v1/agreement_follow_ups", follow_up.dump());
        ASSERT_EQ(created.status, 201) << created.body;
        ++added;
    }
    ASSERT_EQ(added, 40);
    follow_ups = every_page(api, "/api/v1/agreement_follow_ups?limit=500");
    std::map<std::string, std::optional<std::string>> pending;  // code, deadline
    std::set<std::string> fulfilled;
    std::map<std::string, std::string> fulfilled_on;
    long overdue = 0;
    auto today = today_iso();
    for (const auto& follow_up : follow_ups) {
        auto code = follow_up["agreement"].get<std::string>();
        if (follow_up["status"] == "cumplido") {
            fulfilled.insert(code);
            fulfilled_on[code] = follow_up["fulfilled_on"].get<std::string>();
            continue;
        }
        std::optional<std::string> deadline;
        if (follow_up.contains("deadline")) {
            deadline = follow_up["deadline"].get<std::string>();
            overdue += *deadline < today ? 1 : 0;
        }
        pending[code] = deadline;
    }
    ASSERT_GT(pending.size(), 50u) << "more than one page";
    ASSERT_GT(overdue, 0);

    auto shown =
        whole_list(staff, "id=\"pendientes\"", "id=\"cumplidos\"", "Siguientes pendientes →");
    EXPECT_EQ(shown.size(), pending.size());
    EXPECT_EQ(std::set(shown.begin(), shown.end()).size(), shown.size()) << "each once";
    std::optional<std::string> previous;
    bool undated = false;
    for (const auto& code : shown) {
        ASSERT_TRUE(pending.contains(code)) << code;
        const auto& deadline = pending[code];
        if (!deadline) {
            undated = true;
            continue;
        }
        EXPECT_FALSE(undated) << code << ": a deadline after those without one";
        if (previous) {
            EXPECT_LE(*previous, *deadline) << code;
        }
        previous = deadline;
    }
    auto done = whole_list(staff, "id=\"cumplidos\"", "", "Cumplidos anteriores →");
    EXPECT_EQ(std::set(done.begin(), done.end()), fulfilled);
    EXPECT_EQ(done.size(), fulfilled.size());
    for (std::size_t i = 1; i < done.size(); ++i) {
        EXPECT_GE(fulfilled_on[done[i - 1]], fulfilled_on[done[i]]) << done[i];
    }

    auto first = staff.get("/acuerdos");
    EXPECT_NE(first.body.find(std::to_string(overdue) + " acuerdos vencidos"), std::string::npos)
        << overdue;
    EXPECT_NE(first.body.find(std::to_string(pending.size()) + " acuerdos pendientes"),
              std::string::npos);
    // One agreement's follow-up, however far down its list.
    const auto& last = shown.back();
    auto alone = staff.get("/acuerdos?acuerdo=" + last);
    ASSERT_EQ(alone.status, 200);
    EXPECT_EQ(codes_between(alone.body, "", ""), std::vector{last});
    // A cursor that is not one starts the list over.
    auto odd = staff.get("/acuerdos?pendientes=no-es-un-cursor");
    ASSERT_EQ(odd.status, 200);
    EXPECT_EQ(codes_between(odd.body, "id=\"pendientes\"", "id=\"cumplidos\"").front(),
              shown.front());
    EXPECT_EQ(server->problems_logged(), "");
}

TEST(FollowUpList, AnAreaSeesAndCountsOnlyWhatItAnswersFor) {
    auto server = ApiServer::start(Seed::Demo);
    auto api = server->client(Role::Capturist);
    auto add = [&](const char* code, const char* area, const char* deadline) {
        nlohmann::json follow_up{{"agreement", code},
                                 {"instruction", "Informar a la Comisión."},
                                 {"areas", {area}},
                                 {"deadline", deadline},
                                 {"status", "en_proceso"}};
        auto created = api.post("/api/v1/agreement_follow_ups", follow_up.dump());
        ASSERT_EQ(created.status, 201) << created.body;
    };
    add("CVOE/044/21", std::string(AREA_KEY).c_str(), "2021-12-10");
    add("CVOE/045/21", "SE", "2021-12-10");
    add("CVOE/046/21", "SE", "2099-12-10");
    auto area = server->signed_in(Role::Area);
    auto page = area.get("/acuerdos");
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(codes_between(page.body, "id=\"pendientes\"", ""),
              std::vector<std::string>{"CVOE/044/21"});
    EXPECT_NE(page.body.find("1 acuerdo vencido"), std::string::npos);
    EXPECT_NE(page.body.find("1 acuerdo pendiente"), std::string::npos);
    // Another area's agreement, asked by its address: not shown.
    auto other = area.get("/acuerdos?acuerdo=CVOE/045/21");
    ASSERT_EQ(other.status, 200);
    EXPECT_TRUE(codes_between(other.body, "", "").empty());
    auto staff = server->signed_in(Role::Capturist);
    auto all = staff.get("/acuerdos");
    EXPECT_EQ(codes_between(all.body, "id=\"pendientes\"", "").size(), 3u);
    EXPECT_NE(all.body.find("2 acuerdos vencidos"), std::string::npos);
    // A card says what the agreement was, where it was taken and who answers
    // for it: the agreement's title, its session (named with its commission's
    // acronym, linked) and the area's name.
    EXPECT_NE(all.body.find("Aprobación de la Estrategia de vinculación con la ciudadanía"),
              std::string::npos);
    EXPECT_NE(all.body.find("<a href=\"/sesiones/o11-2021\">Décima primera sesión ordinaria de "
                            "2021 (CVOE) · 24 de noviembre de 2021</a>"),
              std::string::npos);
    EXPECT_NE(all.body.find("<dt>Áreas responsables</dt><dd>Secretaría Ejecutiva</dd>"),
              std::string::npos);
}

}  // namespace
}  // namespace vincula::testing
