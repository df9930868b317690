// `vincula documento` on the demo and its illustrative session of 2022
// (votes by name, a voto particular, an annex and a substitute secretary),
// read back by the tools a reader would use: pdftotext for the PDF, pandoc
// for the DOCX; and the same documents over HTTP.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/api_server.h"
#include "support/prepared_once.h"
#include "support/process.h"
#include "support/spanish_lint.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

std::string session_bundle() {
    return (std::filesystem::path(demo_bundle()).parent_path() / "cvoe-2022-e1-sesion.json")
        .string();
}

class SessionDocuments : public ::testing::Test {
protected:
    void SetUp() override {
        if (!s_attempted) {
            s_attempted = true;
            try {
                s_dir = prepared_once("documentos-sesion",
                                      {vincula_binary(), demo_bundle(), session_bundle()}, "1",
                                      make_database);
            } catch (const std::exception& error) {
                ADD_FAILURE() << error.what();
            }
        }
        ASSERT_FALSE(s_dir.empty()) << "the demo database could not be prepared";
    }

    static void make_database(const std::string& directory) {
        auto db = directory + "/vincula.sqlite";
        for (const auto& arguments :
             std::vector<std::vector<std::string>>{{"init", "--db", db},
                                                   {"import", "--db", db, demo_bundle()},
                                                   {"import", "--db", db, session_bundle()}}) {
            auto result = run_vincula(arguments);
            if (result.exit_code != 0) {
                throw std::runtime_error("vincula " + arguments.front() + ": " + result.err);
            }
        }
    }

    // The document's text as its reader sees it, with white space squeezed.
    std::string document_text(const std::string& kind, const std::string& format,
                              const std::string& session = "e1-2022") {
        auto out = m_dir.path(kind + "." + format);
        auto made = run_vincula({"documento", "--db", s_dir + "/vincula.sqlite", "--session",
                                 session, "--kind", kind, "--format", format, "--out", out});
        EXPECT_EQ(made.exit_code, 0) << made.err;
        if (format == "pdf") {
            auto text = run_process({"pdftotext", out, "-"});
            EXPECT_EQ(text.exit_code, 0) << text.err;
            return squeeze(text.out);
        }
        if (format == "docx") {
            auto text = run_process({"pandoc", "--to", "plain", "--wrap", "none", out});
            EXPECT_EQ(text.exit_code, 0) << text.err;
            return squeeze(text.out);
        }
        return squeeze(read_file(out));
    }

    static void expect_in(const std::string& text, const std::string& part) {
        EXPECT_NE(text.find(squeeze(part)), std::string::npos) << "falta «" << part << "»";
    }

    static inline bool s_attempted = false;
    static inline std::string s_dir;
    TempDir m_dir;
};

// What every minuta must hold, in the PDF and in the DOCX alike: every
// person present, the quorum, every agreement with its vote, the voto
// particular, the annex and the substitution.
TEST_F(SessionDocuments, TheMinutesHoldEveryPresentMemberTheQuorumEveryVoteAndTheAnnex) {
    for (const std::string format : {"pdf", "docx"}) {
        SCOPED_TRACE(format);
        auto text = document_text("minuta", format);
        expect_in(text, "MINUTA DE LA PRIMERA SESIÓN EXTRAORDINARIA");
        expect_in(text, "Siendo las doce horas con siete minutos del jueves 10 de febrero de 2022");
        for (const char* present :
             {"Erika Estrada Ruiz, Presidenta de la Comisión",
              "César Ernesto Ramos Mega, Consejero Electoral integrante de la Comisión",
              "Bernardo Valle Monroy, Consejero Electoral integrante de la Comisión",
              "Gustavo Uribe Robles", "Bernardo Núñez Yedra",
              "Representación del Partido Revolucionario Institucional"}) {
            expect_in(text, present);
        }
        expect_in(text,
                  "Carolina del Ángel Cruz, designada para esta sesión en suplencia de "
                  "la maestra Cecilia Aída Hernández Cruz");
        expect_in(text,
                  "Con la presencia de tres de las tres personas con derecho a voto, se "
                  "declaró la existencia del quórum para sesionar.");
        expect_in(text, "Se aprobó el acuerdo CVOE/005/22");
        expect_in(text, "por unanimidad de votos de las personas consejeras presentes");
        expect_in(text,
                  "con dos votos a favor (Erika Estrada Ruiz y César Ernesto Ramos Mega) y "
                  "un voto en contra (Bernardo Valle Monroy)");
        expect_in(text, "Bernardo Valle Monroy emitió voto particular");
        expect_in(text,
                  "presentó el documento «Estrategia de vinculación con instituciones "
                  "académicas 2022»");
        expect_in(text, "siendo las doce horas con cincuenta y dos minutos del mismo día");
        // The parties absent are said; the permanent guests absent are not
        // (they are invited, not expected).
        expect_in(text, "No asistieron: Representación del Partido Verde Ecologista de México");
        EXPECT_EQ(text.find("Francisco Calvario Guzmán"), std::string::npos);
    }
}

TEST_F(SessionDocuments, TheConvocatoriaAndTheAgendaListTheItemsWithTheirAnnexes) {
    auto convocation = document_text("convocatoria", "pdf");
    expect_in(convocation,
              "se les convoca a la primera sesión extraordinaria de 2022 de la Comisión");
    expect_in(convocation,
              "que se celebrará el jueves 10 de febrero de 2022 a las 12:00 horas, "
              "de manera híbrida");
    expect_in(convocation, "Anexo: Estrategia de vinculación con instituciones académicas 2022");
    expect_in(convocation, "Emitida el martes 8 de febrero de 2022 a las 17:30 horas.");
    auto agenda = document_text("orden_del_dia", "md");
    expect_in(agenda, "Presenta: la Unidad Técnica de Vinculación con Organismos Externos");
    // An extraordinary session has no general matters.
    EXPECT_EQ(agenda.find("Asuntos generales"), std::string::npos);
}

TEST_F(SessionDocuments, ASessionWhoseVotesAreNotRecordedSaysSo) {
    auto text = document_text("minuta", "md", "o10-2021");
    expect_in(text, "Aprobación, en su caso, de la minuta de la novena sesión ordinaria");
    expect_in(text, "la votación no consta en el registro");
    EXPECT_EQ(text.find("unanimidad"), std::string::npos);
}

TEST_F(SessionDocuments, BadOptionsAreRefusedInSpanishNamingTheOption) {
    auto db = s_dir + "/vincula.sqlite";
    auto unknown = run_vincula({"documento", "--db", db, "--session", "o99-2021", "--kind",
                                "minuta", "--out", m_dir.path("x.html")});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("--session"), std::string::npos) << unknown.err;
    EXPECT_NE(unknown.err.find("no hay ninguna sesión con la clave \"o99-2021\""),
              std::string::npos)
        << unknown.err;
    auto kind = run_vincula(
        {"documento", "--db", db, "--session", "e1-2022", "--kind", "acta", "--format", "xlsx"});
    EXPECT_EQ(kind.exit_code, 2);
    EXPECT_NE(kind.err.find("--kind"), std::string::npos) << kind.err;
    EXPECT_NE(kind.err.find("--format"), std::string::npos) << kind.err;
    EXPECT_FALSE(std::filesystem::exists(m_dir.path("x.html")));
}

// Generated data of every voting shape (unanimous, by name with an
// abstention, a rejection with a voto particular, a commission with a fixed
// quorum and an absolute majority, substitutes, hybrid and remote sessions):
// the review finds nothing wrong with its votes, quorum or notice, and every
// held session's documents are written in Spanish that passes the lint.
TEST(SessionDocumentsSynthetic, EveryShapeOfVoteReviewsCleanAndEveryDocumentIsWritten) {
    TempDir dir;
    auto db = dir.path("sintetico.sqlite");
    auto bundle = dir.path("sintetico.json");
    ASSERT_EQ(
        run_vincula({"synth", "--out", bundle, "--years", "1", "--commissions", "3"}).exit_code, 0);
    ASSERT_EQ(run_vincula({"init", "--db", db}).exit_code, 0);
    auto imported = run_vincula({"import", "--db", db, bundle});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    for (const std::string commission : {"CS10", "CS11", "CS12"}) {
        auto checked = run_vincula({"check", "--db", db, "--commission", commission, "--from",
                                    "2015-01-01", "--to", "2015-12-31", "--json"});
        auto findings = nlohmann::json::parse(checked.out)["hallazgos"];
        for (const auto& finding : findings) {
            auto rule = finding["regla"].get<std::string>();
            EXPECT_TRUE(rule != "sin_quorum" && rule != "votacion_contradice_resultado" &&
                        rule != "votos_no_cuadran" && rule != "voto_de_ausente" &&
                        rule != "convocatoria_tardia")
                << commission << ": " << finding["mensaje"].get<std::string>();
        }
    }
    // The third commission (its own voting rules) through its year.
    for (int slot = 0; slot < 14; ++slot) {
        auto session = "s2-2015-" + std::to_string(slot);
        for (const std::string kind : {"convocatoria", "orden_del_dia", "minuta"}) {
            auto made = run_vincula({"documento", "--db", db, "--session", session, "--kind", kind,
                                     "--format", "md", "--out", "-"});
            ASSERT_EQ(made.exit_code, 0) << session << " " << kind << ": " << made.err;
            EXPECT_GT(made.out.size(), 200u) << session << " " << kind;
            for (const auto& problem : spanish_problems(made.out)) {
                ADD_FAILURE() << session << " " << kind << ": " << problem;
            }
        }
    }
    auto rejected = run_vincula({"documento", "--db", db, "--session", "s2-2015-6", "--kind",
                                 "minuta", "--format", "md", "--out", "-"});
    EXPECT_NE(squeeze(rejected.out).find("No se aprobó el proyecto de acuerdo"), std::string::npos)
        << rejected.out;
    EXPECT_NE(rejected.out.find("emitió voto particular"), std::string::npos);
}

// The lint the documents pass: «a el» is a mistake, but not inside
// «atendía el», whose last letter follows an accented one.
TEST(SpanishLint, FindsTheMissingContractionButNotInsideAWordWithAnAccent) {
    EXPECT_EQ(spanish_problems("se turnó a el área").size(), 1u);
    EXPECT_TRUE(spanish_problems("la propuesta atendía el programa").empty());
}

TEST(SessionDocumentsApi, StaffDownloadASessionsDocumentsAndThePublicMayNot) {
    auto& server = ApiServer::shared();
    auto answer =
        server.client(Role::Council).get("/api/v1/sessions/o10-2021/documents/minuta?format=md");
    ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 300);
    EXPECT_EQ(answer.header("Content-Type"), "text/markdown; charset=utf-8");
    EXPECT_NE(answer.header("Content-Disposition").find("minuta-CVOE-2021-10-21-o10-2021.md"),
              std::string::npos)
        << answer.header("Content-Disposition");
    EXPECT_NE(answer.body.find("MINUTA DE LA DÉCIMA SESIÓN ORDINARIA"), std::string::npos);
    auto pdf = server.client(Role::Capturist)
                   .get("/api/v1/sessions/o10-2021/documents/convocatoria?format=pdf");
    ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
    EXPECT_EQ(server.client(Role::Public).get("/api/v1/sessions/o10-2021/documents/minuta").status,
              401);
    auto kind = server.client(Role::Council).get("/api/v1/sessions/o10-2021/documents/acta");
    EXPECT_EQ(kind.status, 404);
    EXPECT_NE(kind.body.find("no es un documento de sesión"), std::string::npos) << kind.body;
    EXPECT_EQ(
        server.client(Role::Council).get("/api/v1/sessions/no-existe/documents/minuta").status,
        404);
    EXPECT_EQ(server.client(Role::Council)
                  .get("/api/v1/sessions/o10-2021/documents/minuta?format=xlsx")
                  .status,
              400);
}

}  // namespace
}  // namespace vincula::testing
