// Real cases other than the demo's, kept in tests/data/ as small bundles,
// read back through the report and the review as a member of staff would.
//
// cvoe-dic2022-mar2023.json: the CVOE from December 2022 to March 2023, a
// period across two years and two work programmes, with a technical
// secretary without honorific, a one-session substitute whose surname has a
// particle, a cancelled session whose number the next one took, and a
// convenio with the INE.
//
// cvoe-2024-t1-convenios.json: the CVOE in the first quarter of 2024, when no
// convenio reported progress, with the figures the unit states from its old
// register at the end of 2023 («22 convenios: 18 con instituciones
// académicas, dos con organismos electorales y dos con alcaldías; 10
// vigentes y 12 concluidos») and the convenios recorded around it.
#include <filesystem>
#include <functional>
#include <regex>
#include <set>
#include <stdexcept>

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
        auto imported = import_case(edit);
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }

    // The case imported into a new database, with `edit` applied first.
    ProcessResult import_case(const std::function<void(Json&)>& edit = {}) {
        auto bundle = Json::parse(read_file(test_bundle(m_case)));
        if (edit) {
            edit(bundle);
        }
        write_file(m_bundle, bundle.dump());
        EXPECT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0);
        return run_vincula({"import", "--db", m_db, m_bundle});
    }

    std::string report() {
        auto out = m_dir.path("informe.md");
        auto made = run_vincula({"report", "--db", m_db, "--commission", "CVOE", "--from", m_from,
                                 "--to", m_to, "--format", "md", "--out", out});
        EXPECT_EQ(made.exit_code, 0) << made.err;
        return squeeze(read_file(out));
    }

    // The review's findings, one line each: «regla: mensaje».
    std::string review() {
        auto checked = run_vincula({"check", "--db", m_db, "--commission", "CVOE", "--from", m_from,
                                    "--to", m_to, "--json"});
        EXPECT_NE(checked.exit_code, 2) << checked.err;
        std::string lines;
        auto findings = Json::parse(checked.out);
        for (const auto& finding : findings["hallazgos"]) {
            lines += finding["regla"].get<std::string>() + ": " +
                     finding["mensaje"].get<std::string>() + "\n";
        }
        return lines;
    }

    std::string m_case = "cvoe-dic2022-mar2023.json";
    std::string m_from = "2022-12-01";
    std::string m_to = "2023-03-31";
    TempDir m_dir;
    std::string m_db = m_dir.path("caso.sqlite");
    std::string m_bundle = m_dir.path("caso.json");
};

class ConvenioFigures : public CaseBundle {
protected:
    ConvenioFigures() {
        m_case = "cvoe-2024-t1-convenios.json";
        m_from = "2024-01-01";
        m_to = "2024-03-31";
    }

    // The stated figure's row for `sector` in its breakdown by sector.
    static Json& sector_row(Json& bundle, const std::string& sector) {
        for (auto& row : bundle["convenio_baselines"][0]["by_sector"]) {
            if (row["sector"] == sector) {
                return row;
            }
        }
        throw std::logic_error("no row for " + sector);
    }
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

// The same commission as another institute would keep it: codes written
// «IECM/ACU-CVOE-075-2020» and typed unpadded, a programme with a title and
// abbreviation of its own, an installation session, a party's seat with the
// person who represents it, a contest of another entity.
TEST_F(CaseBundle, AnotherInstitutesFormsReadAsThatInstituteWritesThem) {
    load([](Json& bundle) {
        auto text = bundle.dump();
        static const std::regex CODE("CVOE/0*([0-9]+)/([0-9]{2})\"");
        text = std::regex_replace(text, CODE, "IECM/ACU-CVOE-$1-20$2\"");
        bundle = Json::parse(text);
        bundle["commissions"][0]["agreement_code_format"] = "IECM/ACU-{siglas}-{numero:3}-{año}";
        for (auto& programme : bundle["work_programmes"]) {
            auto year = std::to_string(programme["year"].get<int>());
            programme["title"] = "Programa Operativo Anual " + year;
            programme["abbreviation"] = "POA";
        }
        bundle["sessions"].push_back({{"key", "instalacion-2023"},
                                      {"commission", "CVOE"},
                                      {"year", 2023},
                                      {"type", "instalacion"},
                                      {"number", 1},
                                      {"date", "2023-01-12"},
                                      {"modality", "presencial"},
                                      {"status", "celebrada"}});
        bundle["attendance"].push_back(
            {{"session", "instalacion-2023"},
             {"present", Json::array({"m-spp", "m-eer", "m-erm", "m-bny", "m-pvem"})}});
        bundle["organizations"].push_back({{"key", "pvem"},
                                           {"name", "Partido Verde Ecologista de México"},
                                           {"acronym", "PVEM"},
                                           {"sector", "electoral"},
                                           {"country", "MX"}});
        bundle["people"].push_back(
            {{"key", "rep-pvem"}, {"name", "Ana Lilia Ruiz Soto"}, {"gender", "F"}});
        bundle["memberships"].push_back({{"key", "m-pvem"},
                                         {"commission", "CVOE"},
                                         {"organization", "pvem"},
                                         {"person", "rep-pvem"},
                                         {"role", "representacion_partido"},
                                         {"from", "2020-10-09"}});
    });
    auto exported = Json::parse(run_vincula({"export", "--db", m_db}).out);
    std::set<std::string> codes;
    for (const auto& agreement : exported["agreements"]) {
        codes.insert(agreement["code"].get<std::string>());
    }
    EXPECT_TRUE(codes.contains("IECM/ACU-CVOE-001-2023")) << exported["agreements"].dump();
    auto text = report();
    EXPECT_NE(text.find("IECM/ACU-CVOE-"), std::string::npos) << text;
    EXPECT_EQ(text.find("CVOE/0"), std::string::npos) << text;
    EXPECT_NE(text.find("El Programa Operativo Anual 2022 (POA 2022) establece"), std::string::npos)
        << text;
    EXPECT_NE(text.find("el POA 2023 fue aprobado"), std::string::npos) << text;
    EXPECT_EQ(text.find("PAT"), std::string::npos) << text;
    EXPECT_NE(text.find("Programa Operativo Anual 2023 {#programa-2023}"), std::string::npos)
        << text;
    EXPECT_NE(text.find("una sesión de instalación"), std::string::npos) << text;
    EXPECT_NE(text.find("Sesión de instalación"), std::string::npos) << text;
    EXPECT_NE(text.find("Partido Verde Ecologista de México: Ana Lilia Ruiz Soto"),
              std::string::npos)
        << text;
    auto findings = review();
    EXPECT_EQ(findings.find("instalación"), std::string::npos) << findings;
    EXPECT_EQ(findings.find("codigo"), std::string::npos) << findings;
}

// A code that is not of its session's commission series is refused, naming
// the code it should have.
TEST_F(CaseBundle, ACodeOutsideItsCommissionsSeriesIsRefusedWithTheExpectedOne) {
    auto bundle = Json::parse(read_file(test_bundle("cvoe-dic2022-mar2023.json")));
    bundle["commissions"][0]["agreement_code_format"] = "OPLEV/CG{numero:3}/{año}";
    write_file(m_bundle, bundle.dump());
    ASSERT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0);
    auto refused = run_vincula({"import", "--db", m_db, m_bundle});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("se esperaba \"OPLEV/CG001/2023\""), std::string::npos)
        << refused.err;
    EXPECT_EQ(run_vincula({"export", "--db", m_db}).out.find("\"CVOE/"), std::string::npos);
}

// The registry sentence is printed from the stated figure and the convenios
// signed after it, with the concluded and the sectors the figure states,
// once, under the action that follows convenios, though no convenio
// reported progress in the quarter.
TEST_F(ConvenioFigures, StatedFiguresArePrintedFromDataInAQuarterWithoutProgress) {
    load();
    auto text = report();
    const std::string figures =
        "De 2019 al 31 de marzo de 2024, el IECM ha suscrito un total de 24 instrumentos "
        "jurídicos, de los cuales 12 han concluido y 12 se encuentran vigentes. De ellos, 19 se "
        "suscribieron con instituciones académicas, dos con organismos electorales y tres con "
        "alcaldías.";
    auto sentence = text.find(figures);
    ASSERT_NE(sentence, std::string::npos) << text;
    auto action = text.find("El seguimiento de los convenios interinstitucionales.");
    EXPECT_TRUE(action != std::string::npos && action < sentence) << text;
    EXPECT_EQ(text.find("ha suscrito", sentence + figures.size()), std::string::npos) << text;
    auto checked = review();
    EXPECT_FALSE(has_finding(checked, "cifra_historica_rebasada", "")) << checked;
}

// «18 + 2 + 3» is not 22, and 10 in force and 11 concluded are not 22 signed:
// nothing is imported, and each problem names its field and its rule.
TEST_F(ConvenioFigures, FiguresThatDoNotAddUpAreRefusedNamingFieldAndRule) {
    auto refused = import_case([](Json& bundle) {
        sector_row(bundle, "alcaldia")["count"] = 3;
        bundle["convenio_baselines"][0]["concluded"] = 11;
    });
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("convenio_baselines[0].by_sector: el desglose por sector suma 23 "
                               "(18 + 2 + 3), pero los instrumentos suscritos son 22"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("convenio_baselines[0].concluded: los vigentes (10) y los "
                               "concluidos (11) suman 21, pero los suscritos son 22"),
              std::string::npos)
        << refused.err;
    auto exported = Json::parse(run_vincula({"export", "--db", m_db}).out);
    EXPECT_TRUE(!exported.contains("convenio_baselines") || exported["convenio_baselines"].empty())
        << "nothing is imported";
}

// A convenio recorded with a signing date within the stated figure's span
// is part of it: two universities' convenios there, and the figure says one.
TEST_F(ConvenioFigures, RecordsBeyondTheStatedFigureAreFoundByTheReview) {
    load([](Json& bundle) {
        sector_row(bundle, "academico")["count"] = 1;
        sector_row(bundle, "electoral")["count"] = 19;
        for (auto& convenio : bundle["convenios"]) {
            if (convenio["key"] == "c-uam-2024") {
                convenio["signed"] = "2023-08-01";
                convenio["valid_from"] = "2023-08-01";
            }
        }
    });
    auto checked = review();
    EXPECT_TRUE(
        has_finding(checked, "cifra_historica_rebasada",
                    "declara 1 instrumento suscrito con una institución académica, pero "
                    "los convenios registrados con instituciones académicas y firma del "
                    "martes 1 de enero de 2019 al domingo 31 de diciembre de 2023 ya son 2"))
        << checked;
}

}  // namespace
}  // namespace vincula::testing
