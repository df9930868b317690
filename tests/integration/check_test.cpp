// `vincula check` run as a user runs it: small bundles imported by the real
// binary into a real SQLite file, then reviewed. The review must name what
// is wrong in Spanish, exit 1 when there are errors and 0 when there are
// only avisos, print JSON a program can read, refuse bad options with exit 2
// and a message naming the option, and never change the database.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "support/process.h"
#include "support/sample_bundle.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::ordered_json;

// The text output wraps long sentences and indents the continuation lines;
// tests look for sentences as they read, wrapped or not.
std::string unwrapped(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == ' ') {
            out += ' ';
            while (i + 1 < text.size() && text[i + 1] == ' ') {
                ++i;
            }
            continue;
        }
        out += text[i];
    }
    return out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos || unwrapped(text).find(part) != std::string::npos;
}

// The sample bundle with its agreements numbered without gaps (CVOE/036/21 to
// CVOE/044/21), each session approving the previous minutes, and a work
// programme: what is left are the avisos that the records before the quarter
// are not in the bundle.
Json clean_quarter() {
    auto bundle = sample_bundle();
    auto& agreements = bundle["agreements"];
    for (int number = 38; number <= 42; ++number) {
        agreements.push_back({{"code", "CVOE/0" + std::to_string(number) + "/21"},
                              {"session", "o10-2021"},
                              {"kind", "otro"},
                              {"result", "aprobado"},
                              {"title", "Acuerdo de la décima sesión ordinaria"}});
    }
    agreements.push_back(
        {{"code", "CVOE/044/21"},
         {"session", "o11-2021"},
         {"kind", "minuta"},
         {"result", "aprobado"},
         {"title", "Aprobación de la minuta de la décima sesión ordinaria de 2021"}});
    // A work programme whose one action states why it had nothing to report.
    bundle["work_programmes"] = Json::array(
        {{{"key", "pat-2021"},
          {"commission", "CVOE"},
          {"year", 2021},
          {"lines",
           Json::array(
               {{{"number", 1},
                 {"title", "Vinculación con organismos externos"},
                 {"actions", Json::array({{{"letter", "A"},
                                           {"text", "El seguimiento de los convenios."}}})}}})}}});
    bundle["no_activity"] = Json::array(
        {{{"action", "pat-2021/1/A"},
          {"from", "2021-10-01"},
          {"to", "2021-12-31"},
          {"reason", "Durante el periodo no se realizaron actividades de esta acción."}}});
    return bundle;
}

class Check : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0); }

    void load(const Json& bundle) {
        auto file = m_dir.path("bundle.json");
        write_file(file, bundle.dump(2));
        auto imported = run_vincula({"import", "--db", m_db, file});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }

    void load(const std::function<void(Json&)>& change) {
        auto bundle = clean_quarter();
        change(bundle);
        load(bundle);
    }

    ProcessResult check(std::vector<std::string> options = {"--quarter", "2021-Q4"}) {
        std::vector<std::string> arguments{"check", "--db", m_db, "--commission", "CVOE"};
        arguments.insert(arguments.end(), options.begin(), options.end());
        return run_vincula(arguments);
    }

    Json check_json() {
        auto result = check({"--quarter", "2021-Q4", "--json"});
        EXPECT_NE(result.exit_code, 2) << result.err;
        return Json::parse(result.out);
    }

    // The rule ids the review reports, in its order.
    std::vector<std::string> rules() {
        std::vector<std::string> found;
        auto document = check_json();
        for (const auto& finding : document["hallazgos"]) {
            found.push_back(finding["regla"].get<std::string>());
        }
        return found;
    }

    bool reports(const std::string& rule) {
        auto found = rules();
        return std::find(found.begin(), found.end(), rule) != found.end();
    }

    TempDir m_dir;
    std::string m_db = m_dir.path("vincula.sqlite");
};

TEST_F(Check, OnlyAvisosExitZeroAndArePrintedForAPerson) {
    load(clean_quarter());
    auto result = check();
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_TRUE(contains(result.out,
                         "Revisión de consistencia: Comisión Permanente de Vinculación con "
                         "Organismos Externos (CVOE)\n"))
        << result.out;
    EXPECT_TRUE(contains(result.out,
                         "Periodo: cuarto trimestre de 2021 (del viernes 1 de octubre al viernes "
                         "31 de diciembre de 2021)\n"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "Avisos (conviene revisarlos):")) << result.out;
    EXPECT_FALSE(contains(result.out, "Errores")) << result.out;
    EXPECT_TRUE(contains(result.out, "No constan los acuerdos CVOE/001/21 a CVOE/035/21"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "No constan las sesiones ordinarias primera a novena de 2021"))
        << result.out;
    EXPECT_TRUE(contains(result.out,
                         "[acuerdos_faltantes_posibles; agreements «CVOE/036/21», "
                         "campo code]"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "\n0 errores y 2 avisos.\n")) << result.out;
}

TEST_F(Check, ErrorsExitOneAndComeFirst) {
    // The sample as it is: CVOE/038/21 to CVOE/042/21 are missing between
    // two sessions of the quarter, the eleventh approves no minutes, and
    // there is no work programme.
    load(sample_bundle());
    auto result = check();
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    EXPECT_TRUE(contains(result.out, "Errores (deben corregirse):")) << result.out;
    EXPECT_LT(result.out.find("Errores"), result.out.find("Avisos")) << result.out;
    EXPECT_TRUE(contains(result.out,
                         "Faltan los acuerdos CVOE/038/21 a CVOE/042/21: la "
                         "numeración salta del CVOE/037/21"))
        << result.out;
    EXPECT_TRUE(contains(result.out,
                         "En la décima primera sesión ordinaria (miércoles 24 de "
                         "noviembre de 2021) no consta la aprobación de la minuta de "
                         "la décima sesión ordinaria"))
        << result.out;
    // The sample has no work programme either: Part II would have nothing.
    EXPECT_TRUE(contains(result.out, "no tiene registrado un Programa Anual de Trabajo para 2021"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "\n3 errores y 2 avisos.\n")) << result.out;
}

TEST_F(Check, JsonListsEveryFindingWithItsRecord) {
    load(sample_bundle());
    auto result = check({"--quarter", "2021-T4", "--json"});
    EXPECT_EQ(result.exit_code, 1);
    auto document = Json::parse(result.out);
    EXPECT_EQ(document["comision"], "CVOE");
    EXPECT_EQ(document["desde"], "2021-10-01");
    EXPECT_EQ(document["hasta"], "2021-12-31");
    ASSERT_EQ(document["hallazgos"].size(), 5u) << result.out;
    const auto& first = document["hallazgos"][0];
    EXPECT_EQ(first["severidad"], "error");
    EXPECT_EQ(first["regla"], "acuerdos_faltantes");
    EXPECT_TRUE(contains(first["mensaje"].get<std::string>(), "Faltan los acuerdos CVOE/038/21"));
    EXPECT_EQ(first["registro"],
              (Json{{"arreglo", "agreements"}, {"clave", "CVOE/043/21"}, {"campo", "code"}}));
    EXPECT_EQ(document["hallazgos"][4]["severidad"], "aviso");
}

TEST_F(Check, AnArbitraryPeriodAndAnyCaseForTheCommission) {
    load(clean_quarter());
    auto result = run_vincula({"check", "--db", m_db, "--commission", "cvoe", "--from",
                               "2021-11-01", "--to", "2021-11-30"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "Periodo: del lunes 1 al martes 30 de noviembre de 2021\n"))
        << result.out;
    // What is missing lies before November, so nothing is said about it.
    EXPECT_TRUE(contains(result.out,
                         "Sin errores ni avisos: los datos del periodo son "
                         "consistentes.\n"))
        << result.out;
}

TEST_F(Check, SessionsAndTheirRecords) {
    load([](Json& b) {
        // 27 November 2021 was a Saturday.
        b["sessions"][1]["date"] = "2021-11-27";
        b["documents"] = Json::array({{{"key", "ae-1"},
                                       {"title", "Primer informe sobre el análisis y evaluación"},
                                       {"kind", "informe"},
                                       {"presented_in", {"o10-2021"}},
                                       {"date", "2021-10-22"}}});
        b["people"].push_back({{"key", "eer-2"}, {"name", "ERIKA ESTRADA RUÍZ"}, {"gender", "F"}});
        b["memberships"].push_back({{"key", "m-eer-2"},
                                    {"commission", "CVOE"},
                                    {"person", "eer-2"},
                                    {"role", "presidencia"},
                                    {"from", "2021-11-01"}});
    });
    auto found = rules();
    for (auto rule : {"presidencias_simultaneas", "sesion_ordinaria_en_fin_de_semana",
                      "documento_fecha_sin_sesion", "persona_duplicada"}) {
        EXPECT_NE(std::find(found.begin(), found.end(), rule), found.end()) << rule;
    }
    auto result = check();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(contains(result.out,
                         "«Erika Estrada Ruiz» (eer) y «ERIKA ESTRADA RUÍZ» (eer-2) "
                         "parecen la misma"))
        << result.out;
}

TEST_F(Check, ConveniosAndTheWorkProgramme) {
    load([](Json& b) {
        b["organizations"].push_back({{"key", "alc-xoch"},
                                      {"name", "Alcaldía Xochimilco"},
                                      {"sector", "alcaldia"},
                                      {"country", "MX"}});
        b["convenios"] = Json::array({{{"key", "c-vencido"},
                                       {"type", "apoyo_colaboracion"},
                                       {"counterparts", {"alc-xoch"}},
                                       {"status", "vigente"},
                                       {"valid_from", "2019-01-01"},
                                       {"valid_to", "2021-10-31"}},
                                      {{"key", "c-negociacion"},
                                       {"type", "especifico"},
                                       {"counterparts", {"alc-xoch"}},
                                       {"status", "en_negociacion"}}});
        b["convenio_progress"] =
            Json::array({{{"convenio", "c-vencido"}, {"session", "o11-2021"}},
                         {{"convenio", "c-negociacion"}, {"session", "o10-2021"}}});
        b["work_programmes"] = Json::array(
            {{{"key", "pat-2021"},
              {"commission", "CVOE"},
              {"year", 2021},
              {"lines",
               {{{"number", 1},
                 {"title", "Seguimiento a la vinculación con el INE"},
                 {"actions",
                  {{{"letter", "A"}, {"text", "El seguimiento al convenio general."}},
                   {{"letter", "B"}, {"text", "El seguimiento a las sesiones."}}}}}}}}});
        b["no_activity"] = Json::array({{{"action", "pat-2021/1/A"},
                                         {"from", "2021-10-01"},
                                         {"to", "2021-12-31"},
                                         {"reason", "Se reportó en el tercer informe."}}});
    });
    auto found = rules();
    for (auto rule : {"convenio_vencido_vigente", "avance_convenio_no_vigente",
                      "avance_convenio_en_negociacion", "accion_sin_actividad"}) {
        EXPECT_NE(std::find(found.begin(), found.end(), rule), found.end()) << rule;
    }
    auto result = check();
    EXPECT_TRUE(contains(result.out, "La acción 1 B) del Programa Anual de Trabajo 2021"))
        << result.out;
    EXPECT_FALSE(contains(result.out, "La acción 1 A)")) << result.out;
}

TEST_F(Check, ContestEntriesAndFiguresInProse) {
    load([](Json& b) {
        b["contests"] = Json::array(
            {{{"key", "vff4"},
              {"name", "Vota Film Fest"},
              {"edition", 4},
              {"approved_by", "CVOE/036/21"},
              {"registration_open", "2021-08-20"},
              {"registration_close", "2021-11-30"},
              {"categories",
               {{{"key", "jov"}, {"label", "De 18 a 29 años"}, {"min_age", 18}, {"max_age", 29}},
                {{"key", "ado"},
                 {"label", "De 12 a 17 años"},
                 {"min_age", 12},
                 {"max_age", 17}}}}}});
        b["registrations"] = Json::array({{{"key", "r-mayor"},
                                           {"contest", "vff4"},
                                           {"name", "Persona A"},
                                           {"birth_date", "1985-01-01"},
                                           {"gender", "F"},
                                           {"residence", "cdmx"},
                                           {"status", "registrado"}},
                                          {{"key", "r-menor"},
                                           {"contest", "vff4"},
                                           {"name", "Persona B"},
                                           {"birth_date", "2006-05-01"},
                                           {"gender", "M"},
                                           {"residence", "cdmx"},
                                           {"guardian_consent", false},
                                           {"status", "validado"}}});
        b["work_programmes"] = Json::array(
            {{{"key", "pat-2021"},
              {"commission", "CVOE"},
              {"year", 2021},
              {"lines",
               {{{"number", 5},
                 {"title", "Vinculación con la ciudadanía residente en el extranjero"},
                 {"actions", {{{"letter", "A"}, {"text", "La difusión por correo."}}}}}}}}});
        b.erase("no_activity");  // its one action has its mailings
        b["networks"] = Json::array({{{"key", "vc"}, {"name", "Voto Chilango"}}});
        Json mailings = Json::array();
        for (auto date : {"2021-10-01", "2021-11-05", "2021-11-19", "2021-12-01", "2021-12-06",
                          "2021-12-17", "2021-12-20"}) {
            mailings.push_back({{"network", "vc"},
                                {"date", date},
                                {"kind", "boletin"},
                                {"info", "Boletín Corazón Chilango"},
                                {"action", "pat-2021/5/A"}});
        }
        b["mailings"] = mailings;
        b["action_texts"] = Json::array(
            {{{"key", "t-5a"},
              {"action", "pat-2021/5/A"},
              {"from", "2021-10-01"},
              {"to", "2021-12-31"},
              {"placement", "inicio"},
              {"text",
               "Durante el cuarto trimestre de 2021 se enviaron seis correos a la base de "
               "datos de Voto Chilango."}}});
    });
    auto result = check();
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    EXPECT_TRUE(contains(result.out,
                         "El registro r-mayor al concurso «Vota Film Fest» es de una "
                         "persona de 36 años"))
        << result.out;
    EXPECT_TRUE(contains(result.out,
                         "El registro r-menor al concurso «Vota Film Fest» es de una "
                         "persona menor de edad (15 años"))
        << result.out;
    // Entrants are personal data: the review names them by key only.
    EXPECT_FALSE(contains(result.out, "Persona B")) << result.out;
    EXPECT_TRUE(contains(result.out,
                         "dice «seis correos», pero del viernes 1 de octubre al "
                         "viernes 31 de diciembre de 2021 constan siete envíos a la "
                         "red «Voto Chilango»"))
        << result.out;
}

TEST_F(Check, BadOptionsAreRefusedNamingTheOptionAndChangeNothing) {
    load(sample_bundle());
    auto before = run_vincula({"export", "--db", m_db}).out;
    struct Case {
        std::vector<std::string> options;
        std::string expected;
    };
    const Case cases[] = {
        {{"--quarter", "2021-Q5"}, "--quarter: \"2021-Q5\" no es un trimestre válido"},
        {{"--from", "2021-02-30", "--to", "2021-03-31"},
         "--from: \"2021-02-30\" no es una fecha válida (AAAA-MM-DD)."},
        {{"--from", "2021-10-01", "--to", "2021-09-30"},
         "--to: la fecha final (2021-09-30) es anterior a la inicial (2021-10-01)."},
        {{"--from", "2021-10-01"}, "--to: falta la fecha final del periodo"},
        {{"--quarter", "2021-Q4", "--from", "2021-10-01"},
         "--quarter: indique el periodo con --quarter o con --from y --to, no con ambos."},
        {{}, "--quarter: indique el periodo"},
    };
    for (const auto& bad : cases) {
        auto result = check(bad.options);
        EXPECT_EQ(result.exit_code, 2) << bad.expected;
        EXPECT_TRUE(contains(result.err, bad.expected)) << result.err;
        EXPECT_TRUE(contains(result.err, "No se hizo la revisión.")) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
    auto unknown =
        run_vincula({"check", "--db", m_db, "--commission", "CEC", "--quarter", "2021-Q4"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_TRUE(contains(unknown.err,
                         "--commission: no hay ninguna comisión «CEC»; las "
                         "registradas son CVOE."))
        << unknown.err;
    auto missing = run_vincula({"check", "--db", m_db, "--quarter", "2021-Q4"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_TRUE(contains(missing.err, "--commission")) << missing.err;
    auto no_database = run_vincula({"check", "--db", m_dir.path("no-existe.sqlite"), "--commission",
                                    "CVOE", "--quarter", "2021-Q4"});
    EXPECT_EQ(no_database.exit_code, 2);
    EXPECT_EQ(run_vincula({"export", "--db", m_db}).out, before) << "the database changed";
}

TEST_F(Check, HelpExplainsTheExitCodes) {
    auto help = run_vincula({"check", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_TRUE(contains(help.out, "1 si hay errores")) << help.out;
    EXPECT_TRUE(contains(help.out, "--quarter")) << help.out;
}

}  // namespace
}  // namespace vincula::testing
