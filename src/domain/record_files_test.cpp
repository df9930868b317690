#include <gtest/gtest.h>

#include "domain/record_files.h"

namespace vincula::domain {
namespace {

NewRecordFile file(std::string name, std::string content) {
    return NewRecordFile{.array = "sessions",
                         .key = "o10-2021",
                         .name = std::move(name),
                         .purpose = FilePurpose::Annex,
                         .content = std::move(content),
                         .sha256 = "",
                         .actor = "capturista@iecm.mx",
                         .media_type = ""};
}

std::vector<std::string> rules_of(const common::Result<std::string>& checked) {
    std::vector<std::string> rules;
    if (!checked) {
        for (const auto& error : checked.error()) {
            rules.push_back(error.field + ":" + error.rule);
        }
    }
    return rules;
}

TEST(RecordFileCheck, KnowsEachTypeByItsNameAndItsFirstBytes) {
    EXPECT_EQ(*check_record_file(file("Anexo 1. Informe.PDF", "%PDF-1.7\n\xff")),
              "application/pdf");
    EXPECT_EQ(*check_record_file(file("foto.jpeg", "\xFF\xD8\xFF\xE0 JFIF")), "image/jpeg");
    EXPECT_EQ(*check_record_file(file("programa.xlsx", std::string("PK\x03\x04\x14\0", 6))),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(
        *check_record_file(file("lista de asistencia.csv", "nombre,cargo\nÁngela,Presidenta\n")),
        "text/csv; charset=utf-8");
    EXPECT_EQ(*check_record_file(file("minuta.md", "# Minuta\n")), "text/markdown; charset=utf-8");
}

TEST(RecordFileCheck, RefusesWhatIsNotWhatItsNameSays) {
    EXPECT_EQ(rules_of(check_record_file(file("acta.pdf", "PK\x03\x04"))),
              std::vector<std::string>{"content:contenido_segun_tipo"});
    // Latin-1 text, an overlong slash, a NUL: not the UTF-8 a .txt must be.
    for (std::string bad :
         {std::string("Se\xF1or"), std::string("a\xC0\xAF"), std::string("a\0b", 3)}) {
        EXPECT_EQ(rules_of(check_record_file(file("notas.txt", bad))),
                  std::vector<std::string>{"content:contenido_segun_tipo"});
    }
    EXPECT_EQ(rules_of(check_record_file(file("virus.exe", "MZ"))),
              std::vector<std::string>{"name:tipo_de_archivo"});
    EXPECT_EQ(rules_of(check_record_file(file("sin extensión", "texto"))),
              std::vector<std::string>{"name:tipo_de_archivo"});
}

TEST(RecordFileCheck, NamesEveryProblemAtOnce) {
    auto bad = file("../../etc/passwd.txt", "");
    bad.array = "people";
    bad.key = "";
    EXPECT_EQ(
        rules_of(check_record_file(bad)),
        (std::vector<std::string>{"array:arreglo_con_archivos", "key:obligatorio",
                                  "name:nombre_de_archivo", "content:archivo_sin_contenido"}));
    EXPECT_EQ(rules_of(check_record_file(file(std::string(201, 'a') + ".pdf", "%PDF-"))),
              std::vector<std::string>{"name:nombre_de_archivo"});
    EXPECT_EQ(rules_of(check_record_file(file("a\tb.pdf", "%PDF-"))),
              std::vector<std::string>{"name:nombre_de_archivo"});
}

TEST(RecordFileCheck, AcceptsTheLargestFileAndNotOneByteMore) {
    std::string largest = "%PDF-" + std::string(MAX_RECORD_FILE - 5, 'x');
    EXPECT_TRUE(check_record_file(file("grande.pdf", largest)));
    EXPECT_EQ(rules_of(check_record_file(file("grande.pdf", largest + "x"))),
              std::vector<std::string>{"content:archivo_excede"});
}

TEST(RecordFileCheck, ShowsInPlaceOnlyWhatABrowserShowsSafely) {
    EXPECT_TRUE(shown_inline("application/pdf"));
    EXPECT_TRUE(shown_inline("image/png"));
    EXPECT_TRUE(shown_inline("text/plain; charset=utf-8"));
    EXPECT_FALSE(shown_inline("text/csv; charset=utf-8"));
    EXPECT_FALSE(
        shown_inline("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
}

}  // namespace
}  // namespace vincula::domain
