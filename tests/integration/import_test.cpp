// `vincula import` run as a user runs it: the real binary, a real SQLite
// file, and bundles broken in the ways people break them. Every bad input
// must be refused with a Spanish message naming the field and the rule, a
// non-zero exit code, and the database exactly as it was.
#include <filesystem>
#include <functional>

#include <gtest/gtest.h>

#include "support/process.h"
#include "support/sample_bundle.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::ordered_json;

class Import : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(run_vincula({"init", "--db", m_db}).exit_code, 0);
        // Some unrelated records already stored, so "unchanged" means more
        // than "still empty".
        auto synthetic = m_dir.path("existing.json");
        ASSERT_EQ(run_vincula({"synth", "--out", synthetic, "--years", "1", "--commissions", "1"})
                      .exit_code,
                  0);
        ASSERT_EQ(run_vincula({"import", "--db", m_db, synthetic}).exit_code, 0);
    }

    std::string export_text() {
        auto result = run_vincula({"export", "--db", m_db});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }

    ProcessResult import_text(const std::string& text) {
        auto file = m_dir.path("bundle.json");
        write_file(file, text);
        return run_vincula({"import", "--db", m_db, file});
    }

    // Imports `text` expecting refusal: exit 1, `expected` in the messages,
    // and the database byte-for-byte as before.
    void expect_refused(const std::string& text, const std::string& expected) {
        auto before = export_text();
        auto result = import_text(text);
        EXPECT_EQ(result.exit_code, 1) << result.err;
        EXPECT_NE(result.err.find(expected), std::string::npos)
            << "expected: " << expected << "\nstderr:\n"
            << result.err;
        EXPECT_NE(result.err.find("No se importó nada"), std::string::npos) << result.err;
        EXPECT_EQ(export_text(), before) << "the database changed";
    }

    void expect_refused(const std::function<void(Json&)>& breakage, const std::string& expected) {
        auto bundle = sample_bundle();
        breakage(bundle);
        expect_refused(bundle.dump(2), expected);
    }

    TempDir m_dir;
    std::string m_db = m_dir.path("vincula.sqlite");
};

TEST_F(Import, LoadsAValidBundleAndSaysWhatItLoaded) {
    auto result = import_text(sample_bundle().dump());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("2 sesiones"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("3 acuerdos"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("1 comisión"), std::string::npos) << result.out;
}

TEST_F(Import, StoresAgreementCodesInOneCanonicalForm) {
    ASSERT_EQ(import_text(sample_bundle().dump()).exit_code, 0);
    auto exported = export_text();
    EXPECT_NE(exported.find("\"CVOE/037/21\""), std::string::npos);
    EXPECT_EQ(exported.find("CVOE/037/2021"), std::string::npos);
}

TEST_F(Import, ExportImportExportIsByteIdentical) {
    ASSERT_EQ(import_text(sample_bundle().dump()).exit_code, 0);
    auto first = export_text();
    auto copy_db = m_dir.path("copy.sqlite");
    auto first_file = m_dir.path("first.json");
    write_file(first_file, first);
    ASSERT_EQ(run_vincula({"init", "--db", copy_db}).exit_code, 0);
    ASSERT_EQ(run_vincula({"import", "--db", copy_db, first_file}).exit_code, 0);
    auto second = run_vincula({"export", "--db", copy_db});
    ASSERT_EQ(second.exit_code, 0);
    EXPECT_EQ(second.out, first);
}

TEST_F(Import, RefusesMalformedJsonSayingWhere) {
    expect_refused("{\n  \"format\": \"vincula-bundle\",\n  \"version\": 1,,\n}",
                   "no es JSON válido: hay un error de sintaxis en la línea 3");
}

TEST_F(Import, RefusesWrongTypes) {
    expect_refused(
        [](Json& b) { b["sessions"][0]["number"] = "diez"; },
        "sessions[0].number: se esperaba un número entero y se encontró el texto \"diez\".");
}

TEST_F(Import, RefusesUnknownFields) {
    expect_refused([](Json& b) { b["sessions"][1]["fecha"] = "2021-11-24"; },
                   "sessions[1].fecha: \"fecha\" no es un campo conocido");
}

TEST_F(Import, RefusesUnknownArrays) {
    expect_refused([](Json& b) { b["sesiones"] = Json::array(); },
                   "sesiones: \"sesiones\" no es un arreglo conocido del paquete");
}

TEST_F(Import, RefusesDuplicateRecordKeys) {
    expect_refused([](Json& b) { b["people"][1]["key"] = "eer"; },
                   "people[1].key: \"eer\" ya se usó como clave en people[0].");
}

TEST_F(Import, RefusesARepeatedKeyInsideOneObject) {
    auto text = sample_bundle().dump(2);
    auto at = text.find("\"date\": \"2021-11-24\"");
    text.insert(at, "\"date\": \"2021-11-23\", ");
    expect_refused(
        text, "sessions[1].date: la clave \"date\" aparece más de una vez en el mismo objeto.");
}

// Nesting that no record has, deep enough to exhaust the stack of whoever
// copies the document, is refused before the document is built.
TEST_F(Import, RefusesNestingDeeperThanAnyRecordWithoutCrashing) {
    std::string nested;
    for (int i = 0; i < 100000; ++i) {
        nested += "[";
    }
    nested += std::string(100000, ']');
    auto text = sample_bundle().dump(2);
    text.insert(text.find("\"date\": \"2021-11-24\""), "\"notes\": " + nested + ", ");
    expect_refused(text, "sessions[1].notes[0][0][0]");
    expect_refused(text, "más de 64 niveles");
}

TEST_F(Import, RefusesANumberBeyondADouble) {
    auto text = sample_bundle().dump(2);
    text.insert(text.find("\"date\": \"2021-11-24\""), "\"number\": 1e400, ");
    expect_refused(text, "demasiado grande");
}

TEST_F(Import, RefusesAKeyWithSpacesOrAccents) {
    expect_refused([](Json& b) { b["sessions"][1]["key"] = "sesión once"; },
                   "sessions[1].key: \"sesión once\" no es una clave válida");
}

TEST_F(Import, RefusesDanglingReferences) {
    expect_refused([](Json& b) { b["attendance"][1]["present"][2] = "m-nadie"; },
                   "attendance[1].present[2]: \"m-nadie\" no existe en memberships.");
}

TEST_F(Import, RefusesImpossibleDates) {
    expect_refused([](Json& b) { b["sessions"][1]["date"] = "2021-02-30"; },
                   "sessions[1].date: \"2021-02-30\" no es una fecha válida (AAAA-MM-DD).");
}

// An impossible date does not hide the bundle's other problems: the import
// reports them all at once, and nothing about the record it could not read
// beyond what is wrong with it.
TEST_F(Import, AnImpossibleDateDoesNotHideTheOtherProblems) {
    auto bundle = sample_bundle();
    bundle["sessions"][1]["date"] = "2021-02-30";
    bundle["attendance"][1]["present"][2] = "m-nadie";
    bundle["memberships"][1]["to"] = "2019-12-31";
    auto before = export_text();
    auto result = import_text(bundle.dump(2));
    EXPECT_EQ(result.exit_code, 1) << result.err;
    for (const auto* expected :
         {"sessions[1].date: \"2021-02-30\" no es una fecha válida",
          "attendance[1].present[2]: \"m-nadie\" no existe en memberships.",
          "memberships[1].to: la fecha final (2019-12-31) es anterior a la inicial"}) {
        EXPECT_NE(result.err.find(expected), std::string::npos) << expected << "\n" << result.err;
    }
    EXPECT_EQ(result.err.find("sessions[1].number"), std::string::npos) << result.err;
    EXPECT_EQ(export_text(), before) << "the database changed";
}

TEST_F(Import, RefusesASessionNumberAlreadyUsed) {
    expect_refused(
        [](Json& b) { b["sessions"][1]["number"] = 10; },
        "sessions[1].number: la décima sesión ordinaria de 2021 de CVOE ya está registrada como "
        "\"o10-2021\".");
}

TEST_F(Import, RefusesAnAgreementCodeOutOfSequence) {
    expect_refused(
        [](Json& b) { b["agreements"][2]["code"] = "CVOE/030/21"; },
        "agreements[2].code: el acuerdo CVOE/030/21 (2021-11-24) está fuera de secuencia: los "
        "acuerdos se numeran en el orden de las sesiones y el CVOE/037/21 es del 2021-10-21.");
}

TEST_F(Import, RefusesAMembershipEndingBeforeItStarts) {
    expect_refused(
        [](Json& b) { b["memberships"][1]["to"] = "2019-12-31"; },
        "memberships[1].to: la fecha final (2019-12-31) es anterior a la inicial (2020-10-09).");
}

TEST_F(Import, RefusesASessionHeldAfterToday) {
    expect_refused(
        [](Json& b) {
            b["sessions"][0]["date"] = "2031-01-15";
            b["sessions"][0]["year"] = 2031;
            b["sessions"][0]["status"] = "celebrada";
        },
        "sessions[0].status: la sesión está marcada como celebrada pero su fecha (15 de enero de "
        "2031) aún no llega");
}

TEST_F(Import, RefusesAFileThatIsNotUtf8) {
    auto text = sample_bundle().dump(2);
    text.replace(text.find("Ruiz"), 4, "Ru\xedz");  // Latin-1 í
    expect_refused(text, "no está codificado en UTF-8: hay un byte inválido en la línea");
}

TEST_F(Import, RefusesAnEmptyFile) {
    expect_refused("", "El archivo está vacío");
}

TEST_F(Import, RefusesAHugeFileBeforeReadingIt) {
    auto huge = m_dir.path("huge.json");
    write_file(huge, "{");
    std::filesystem::resize_file(huge, 200ull * 1024 * 1024);  // sparse: no disk, no memory
    auto before = export_text();
    auto result = run_vincula({"import", "--db", m_db, huge});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(
        result.err.find("El archivo mide 200.0 MiB; el máximo que se puede importar es 64.0 MiB"),
        std::string::npos)
        << result.err;
    EXPECT_EQ(export_text(), before);
}

TEST_F(Import, FindsAnErrorInTheLastRecordOfTenThousand) {
    auto big = m_dir.path("big.json");
    ASSERT_EQ(run_vincula({"synth", "--out", big, "--years", "11", "--commissions", "1",
                           "--first-year", "2000"})
                  .exit_code,
              0);
    auto bundle = Json::parse(read_file(big));
    std::size_t records = 0;
    for (auto& [name, value] : bundle.items()) {
        if (value.is_array()) {
            records += value.size();
        }
    }
    ASSERT_GE(records, 10000u);
    // Keys of the commission already stored would clash: rename them.
    bundle["commissions"][0]["key"] = "otra";
    bundle["commissions"][0]["acronym"] = "OTRA";
    auto text = bundle.dump();
    for (std::string::size_type at = 0; (at = text.find("\"com0\"", at)) != std::string::npos;) {
        text.replace(at, 6, "\"otra\"");
    }
    for (std::string::size_type at = 0; (at = text.find("CS10/", at)) != std::string::npos;) {
        text.replace(at, 5, "OTRA/");
    }
    bundle = Json::parse(text);
    for (const char* shared : {"organizations", "areas", "people"}) {
        bundle.erase(shared);
    }
    auto& scores = bundle["scores"];
    auto last = scores.size() - 1;
    scores[last]["juror"] = "jurado-inexistente";
    expect_refused(bundle.dump(), "scores[" + std::to_string(last) +
                                      "].juror: \"jurado-inexistente\" no existe en jurors.");
}

TEST_F(Import, RefusesRecordsThatAlreadyExist) {
    ASSERT_EQ(import_text(sample_bundle().dump()).exit_code, 0);
    auto again = sample_bundle();
    expect_refused(again.dump(), "sessions[0].key: \"o10-2021\" ya existe en la base de datos.");
}

TEST(ImportSetup, RefusesADatabaseThatWasNotInitialised) {
    TempDir dir;
    auto file = dir.path("bundle.json");
    write_file(file, sample_bundle().dump());
    auto result = run_vincula({"import", "--db", dir.path("nada.sqlite"), file});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("no está inicializada; ejecute primero «vincula init"),
              std::string::npos)
        << result.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path("nada.sqlite")));
}

}  // namespace
}  // namespace vincula::testing
