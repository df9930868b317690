// Real cases other than the demo's, kept in tests/data/ as small bundles,
// read back through the report and the review as a member of staff would.
//
// cvoe-dic2022-mar2023.json: the CVOE from December 2022 to March 2023, a
// period across two years and two work programmes, with a technical
// secretary without honorific, a one-session substitute whose surname has a
// particle, a cancelled session whose number the next one took, and a
// convenio with the INE.
#include <filesystem>
#include <functional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/prepared_once.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

// Whether one of the review's lines (below) is about `rule` and says `words`.
bool has_finding(const std::string& lines, const std::string& rule, const std::string& words) {
    std::size_t start = 0;
    while (start < lines.size()) {
        auto end = lines.find('\n', start);
        auto line = lines.substr(start, end - start);
        if (line.rfind(rule, 0) == 0 && line.find(words) != std::string::npos) {
            return true;
        }
        start = end == std::string::npos ? lines.size() : end + 1;
    }
    return false;
}

class CaseBundle : public ::testing::Test {
protected:
    // The case loaded, with `edit` applied to its JSON first.
    void load(const std::function<void(Json&)>& edit = {}) {
        auto bundle = Json::parse(read_file(test_bundle("cvoe-dic2022-mar2023.json")));
        if (edit) {
            edit(bundle);
        }
        write_file(m_bundle, bundle.dump());
        ASSERT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0);
        auto imported = run_vincula({"import", "--db", m_db, m_bundle});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }

    std::string report() {
        auto out = m_dir.path("informe.md");
        auto made =
            run_vincula({"report", "--db", m_db, "--commission", "CVOE", "--from", "2022-12-01",
                         "--to", "2023-03-31", "--format", "md", "--out", out});
        EXPECT_EQ(made.exit_code, 0) << made.err;
        return squeeze(read_file(out));
    }

    // The review's findings, one line each: «regla: mensaje».
    std::string review() {
        auto checked = run_vincula({"check", "--db", m_db, "--commission", "CVOE", "--from",
                                    "2022-12-01", "--to", "2023-03-31", "--json"});
        EXPECT_NE(checked.exit_code, 2) << checked.err;
        std::string lines;
        auto findings = Json::parse(checked.out);
        for (const auto& finding : findings["hallazgos"]) {
            lines += finding["regla"].get<std::string>() + ": " +
                     finding["mensaje"].get<std::string>() + "\n";
        }
        return lines;
    }

    TempDir m_dir;
    std::string m_db = m_dir.path("caso.sqlite");
    std::string m_bundle = m_dir.path("caso.json");
};

TEST_F(CaseBundle, APeriodAcrossTwoYearsReportsEachYearUnderItsProgramme) {
    load();
    auto text = report();
    auto first = text.find("Programa Anual de Trabajo 2022 {#programa-2022}");
    auto second = text.find("Programa Anual de Trabajo 2023 {#programa-2023}", first);
    ASSERT_NE(first, std::string::npos) << text;
    ASSERT_NE(second, std::string::npos) << text;
    auto december = text.find("Foro «Democracia y juventudes»");
    auto february = text.find("Reunión de trabajo con la Junta Local Ejecutiva");
    EXPECT_TRUE(first < december && december < second) << "December's forum, under 2022's";
    EXPECT_TRUE(second < february && february != std::string::npos);
    EXPECT_NE(text.find("la Comisión trazó para 2022 y 2023"), std::string::npos);
    // Two years' sessions are told apart by their year.
    EXPECT_NE(text.find("Décima segunda sesión ordinaria de 2022, jueves 8 de diciembre de 2022"),
              std::string::npos);
    EXPECT_NE(text.find("Primera sesión ordinaria de 2023"), std::string::npos);
}

TEST_F(CaseBundle, NamesReadRightWithoutHonorificAndWithAParticle) {
    load();
    auto text = report();
    EXPECT_NE(text.find("la designación de Bernardo Núñez Yedra, titular de la Unidad Técnica de "
                        "Vinculación con Organismos Externos (UTVOE), como secretario técnico"),
              std::string::npos)
        << text.substr(0, 1500);
    EXPECT_EQ(text.find("de el "), std::string::npos);
    EXPECT_NE(text.find("| Secretaría técnica: Bernardo Núñez Yedra | ✓ | ✓ | Suplencia |"),
              std::string::npos);
    EXPECT_NE(text.find("| Secretaría técnica: Norma De la Cruz Magaña (en suplencia de Bernardo "
                        "Núñez Yedra) | — | — | ✓ |"),
              std::string::npos);
    EXPECT_NE(text.find("| Instituto Nacional Electoral (INE) |"), std::string::npos);
}

TEST_F(CaseBundle, StrayAndDoubledSpacesInANameAreNotKept) {
    load();
    auto exported = Json::parse(run_vincula({"export", "--db", m_db}).out);
    for (const auto& person : exported["people"]) {
        if (person["key"] == "eer") {
            EXPECT_EQ(person["name"], "Erika Estrada Ruiz");
        }
    }
}

TEST_F(CaseBundle, ACancelledSessionThatReleasesItsNumberIsToldAndNotChased) {
    load();
    auto text = report();
    EXPECT_NE(text.find("Se canceló una sesión ordinaria convocada para el jueves 16 de febrero de "
                        "2023."),
              std::string::npos);
    EXPECT_NE(text.find("celebró tres sesiones ordinarias"), std::string::npos);
    auto checked = review();
    EXPECT_FALSE(has_finding(checked, "sesion_duplicada", "")) << checked;
    EXPECT_FALSE(has_finding(checked, "sesiones_faltantes", "2023")) << checked;
    EXPECT_FALSE(has_finding(checked, "minuta", "")) << checked;
}

TEST_F(CaseBundle, ACancelledSessionThatKeepsItsNumberIsNamedByIt) {
    load([](Json& bundle) {
        bundle["commissions"][0]["cancelled_sessions"] = "se_conserva";
        for (auto& session : bundle["sessions"]) {
            if (session["key"] == "o2-2023") {
                session["number"] = 3;
            }
        }
        for (auto& agreement : bundle["agreements"]) {
            auto title = agreement["title"].get<std::string>();
            if (agreement["session"] == "o2-2023" && agreement["kind"] == "orden_del_dia") {
                agreement["title"] =
                    "Aprobación del orden del día de la tercera sesión ordinaria de 2023";
            }
        }
    });
    auto text = report();
    EXPECT_NE(text.find("Se canceló la segunda sesión ordinaria de 2023, convocada para el jueves "
                        "16 de febrero de 2023."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Tercera sesión ordinaria de 2023"), std::string::npos);
    auto checked = review();
    // No gap at the second, and no minutes asked of the session never held.
    EXPECT_FALSE(has_finding(checked, "sesiones_faltantes", "2023")) << checked;
    EXPECT_FALSE(has_finding(checked, "minuta", "")) << checked;
}

TEST_F(CaseBundle, TwoSecretariesAtOnceAreFoundByTheReview) {
    load([](Json& bundle) {
        for (auto& seat : bundle["memberships"]) {
            if (seat["key"] == "m-ndlc") {
                seat.erase("substitute_for");
            }
        }
    });
    auto checked = review();
    EXPECT_TRUE(has_finding(checked, "secretarias_simultaneas", "Norma De la Cruz Magaña"))
        << checked;
}

TEST_F(CaseBundle, AYearWithoutProgrammeGoesToTheReviewNotTheReport) {
    load([](Json& bundle) {
        bundle["work_programmes"].erase(0);
        bundle["activities"].erase(0);
    });
    auto text = report();
    EXPECT_EQ(text.find("no tiene registrado"), std::string::npos);
    EXPECT_EQ(text.find("Programa Anual de Trabajo 2022"), std::string::npos);
    auto checked = review();
    EXPECT_TRUE(has_finding(checked, "programa_faltante", "para 2022")) << checked;
}

// A later bundle adds a dated change to an area already stored: the area
// sent again as stored, its history grown. Changing anything else is still
// a repeated key, said so with the way to do it.
TEST_F(CaseBundle, ALaterBundleAddsADatedChangeToAStoredArea) {
    load();
    Json area = Json::parse(run_vincula({"export", "--db", m_db}).out)["areas"][0];
    area["history"] = Json::array({Json{{"from", "2023-03-01"},
                                        {"name", "Unidad Técnica de Vinculación y Cooperación"},
                                        {"acronym", "UTVC"}}});
    auto change = m_dir.path("cambio.json");
    write_file(change,
               Json{{"format", "vincula-bundle"}, {"version", 1}, {"areas", {area}}}.dump());
    auto imported = run_vincula({"import", "--db", m_db, change});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto exported = Json::parse(run_vincula({"export", "--db", m_db}).out);
    ASSERT_EQ(exported["areas"].size(), 1u);
    EXPECT_EQ(exported["areas"][0]["history"][0]["acronym"], "UTVC");

    area["name"] = "Otro nombre";
    write_file(change,
               Json{{"format", "vincula-bundle"}, {"version", 1}, {"areas", {area}}}.dump());
    auto refused = run_vincula({"import", "--db", m_db, change});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("areas[0].key: \"UTVOE\" ya existe en la base de datos; para "
                               "registrar un cambio con fecha"),
              std::string::npos)
        << refused.err;
}

}  // namespace
}  // namespace vincula::testing
