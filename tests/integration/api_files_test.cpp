// The files of the record (expediente) over HTTP on the demo: a file comes
// back byte for byte with the hash a separate tool computes, a name sent
// again is a new version, every refusal keeps nothing, and an approved
// minuta is frozen into its session's expediente.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

// A small PDF as a scanner would write it: binary bytes after the header.
std::string pdf_bytes(char variant) {
    std::string bytes = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n";
    bytes += std::string(1, '\0') + variant + "\xff\x80 trailer\n%%EOF\n";
    return bytes;
}

std::string sha256_of(const std::string& bytes) {
    auto hashed = run_process({"sha256sum", "-"}, bytes);
    EXPECT_EQ(hashed.exit_code, 0) << hashed.err;
    return hashed.out.substr(0, 64);
}

std::string files_of(const std::string& array, const std::string& key) {
    return "/api/v1/files?array=" + array + "&key=" + url_encode(key);
}

std::string upload(const std::string& array, const std::string& key, const std::string& name) {
    return files_of(array, key) + "&name=" + url_encode(name);
}

class ApiFiles : public ApiTest {
protected:
    std::size_t count(const std::string& array, const std::string& key) {
        auto listed = as(Role::Capturist).get(files_of(array, key));
        EXPECT_EQ(listed.status, 200) << listed.body;
        return listed.json()["files"].size();
    }
};

TEST_F(ApiFiles, AFileComesBackByteForByteWithItsHashAndAnotherVersionKeepsTheFirst) {
    auto capturist = as(Role::Capturist);
    const std::string name = "Anexo 1. Informe de convenios.pdf";
    auto first = pdf_bytes('1');
    auto kept = capturist.post(upload("sessions", "o10-2021", name), first);
    ASSERT_EQ(kept.status, 201) << kept.body;
    auto file = kept.json();
    EXPECT_EQ(file["sha256"], sha256_of(first));
    EXPECT_EQ(file["size"], first.size());
    EXPECT_EQ(file["version"], 1);
    EXPECT_EQ(file["media_type"], "application/pdf");
    EXPECT_EQ(file["added_by"], email_of(Role::Capturist));
    EXPECT_EQ(kept.header("Location"), file["href"]);

    auto read = as(Role::Council).get(file["href"]);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.body, first);
    EXPECT_EQ(read.header("Content-Type"), "application/pdf");
    EXPECT_EQ(read.header("X-Vincula-SHA256"), sha256_of(first));
    EXPECT_EQ(read.header("Content-Security-Policy"), "sandbox");
    EXPECT_NE(read.header("Content-Disposition").find("inline"), std::string::npos);

    auto second = pdf_bytes('2');
    auto again = capturist.post(upload("sessions", "o10-2021", name), second);
    ASSERT_EQ(again.status, 201) << again.body;
    EXPECT_EQ(again.json()["version"], 2);
    auto listed = capturist.get(files_of("sessions", "o10-2021")).json()["files"];
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0]["version"], 2);
    EXPECT_EQ(capturist.get(listed[1]["href"]).body, first);
    EXPECT_EQ(capturist.get(listed[0]["href"]).body, second);
    // A spreadsheet is downloaded, not shown.
    auto sheet = capturist.post(upload("agreements", "CVOE/044/21", "votación.csv"),
                                "integrante,voto\nPresidencia,a favor\n");
    ASSERT_EQ(sheet.status, 201) << sheet.body;
    EXPECT_NE(capturist.get(sheet.json()["href"]).header("Content-Disposition").find("attachment"),
              std::string::npos);
}

TEST_F(ApiFiles, EveryRefusalNamesTheRuleAndKeepsNothing) {
    auto capturist = as(Role::Capturist);
    auto mismatched = capturist.post(upload("sessions", "o10-2021", "acta.pdf"), "no soy un PDF");
    ASSERT_EQ(mismatched.status, 422) << mismatched.body;
    EXPECT_EQ(mismatched.json()["errores"][0]["regla"], "contenido_segun_tipo");

    auto unknown_type = capturist.post(upload("sessions", "o10-2021", "programa.exe"), "MZ");
    ASSERT_EQ(unknown_type.status, 422);
    EXPECT_EQ(unknown_type.json()["errores"][0]["regla"], "tipo_de_archivo");

    auto folder = capturist.post(upload("sessions", "o10-2021", "../acta.pdf"), pdf_bytes('1'));
    ASSERT_EQ(folder.status, 422);
    EXPECT_EQ(folder.json()["errores"][0]["regla"], "nombre_de_archivo");

    auto empty = capturist.post(upload("sessions", "o10-2021", "vacío.txt"), "");
    ASSERT_EQ(empty.status, 422);
    EXPECT_EQ(empty.json()["errores"][0]["regla"], "archivo_sin_contenido");

    std::string too_big = pdf_bytes('1') + std::string(4 * 1024 * 1024, 'x');
    auto big = capturist.post(upload("sessions", "o10-2021", "grande.pdf"), too_big);
    EXPECT_TRUE(big.status == 413 || big.status == 422) << big.status;

    auto no_record = capturist.post(upload("sessions", "o99-2021", "acta.pdf"), pdf_bytes('1'));
    EXPECT_EQ(no_record.status, 404);
    auto no_files = capturist.post(upload("people", "p-1", "acta.pdf"), pdf_bytes('1'));
    ASSERT_EQ(no_files.status, 422);
    EXPECT_EQ(no_files.json()["errores"][0]["regla"], "arreglo_con_archivos");

    EXPECT_EQ(as(Role::Public).post(upload("sessions", "o10-2021", "a.pdf"), pdf_bytes('1')).status,
              401);
    EXPECT_EQ(
        as(Role::Council).post(upload("sessions", "o10-2021", "a.pdf"), pdf_bytes('1')).status,
        403);
    EXPECT_EQ(as(Role::Public).get(files_of("sessions", "o10-2021")).status, 401);
    EXPECT_EQ(count("sessions", "o10-2021"), 0u);

    // An area attaches to the convenios it operates, and to no other.
    auto area = as(Role::Area);
    EXPECT_EQ(
        area.post(upload("convenios", "c-jce", "convenio firmado.pdf"), pdf_bytes('1')).status,
        201);
    EXPECT_EQ(
        area.post(upload("convenios", "c-infocdmx", "convenio firmado.pdf"), pdf_bytes('1')).status,
        403);
    EXPECT_EQ(area.post(upload("sessions", "o10-2021", "acta.pdf"), pdf_bytes('1')).status, 403);
    EXPECT_EQ(count("convenios", "c-infocdmx"), 0u);
    EXPECT_EQ(count("convenios", "c-jce"), 1u);

    auto absent = capturist.get("/api/v1/files/999999");
    EXPECT_EQ(absent.status, 404);
    EXPECT_EQ(absent.json()["errores"][0]["regla"], "archivo_inexistente");
    EXPECT_EQ(capturist.get("/api/v1/files/uno").status, 404);
}

// Files are never deleted, so a record that holds some is not deleted
// either: the answer says how many it holds.
TEST_F(ApiFiles, ARecordWithFilesIsKept) {
    auto capturist = as(Role::Capturist);
    auto session = capturist.post("/api/v1/sessions", R"({"key": "o13-2021", "commission": "CVOE",
        "year": 2021, "type": "ordinaria", "number": 13, "date": "2021-12-20",
        "modality": "a_distancia", "status": "celebrada"})");
    ASSERT_EQ(session.status, 201) << session.body;
    ASSERT_EQ(capturist.post(upload("sessions", "o13-2021", "acta.pdf"), pdf_bytes('1')).status,
              201);
    auto removed = capturist.remove("/api/v1/sessions/o13-2021");
    ASSERT_EQ(removed.status, 409) << removed.body;
    EXPECT_EQ(removed.json()["errores"][0]["regla"], "registro_con_archivos");
    EXPECT_NE(removed.json()["errores"][0]["mensaje"].get<std::string>().find("1 archivo"),
              std::string::npos);
    EXPECT_EQ(capturist.get("/api/v1/sessions/o13-2021").status, 200);
}

// CVOE/044/21, in the eleventh session, approves the tenth's minuta: its
// approval freezes the minuta, as approved, in every format; asking again
// without a change keeps nothing new. The twelfth's has no approval yet.
TEST_F(ApiFiles, AnApprovedMinutaIsFrozenOnceAndAPendingOneIsRefused) {
    auto capturist = as(Role::Capturist);
    auto frozen = capturist.post("/api/v1/sessions/o10-2021/minutes/approval", "");
    ASSERT_EQ(frozen.status, 201) << frozen.body;
    auto files = frozen.json()["files"];
    ASSERT_EQ(files.size(), 3u);
    std::set<std::string> types;
    std::string markdown;
    for (const auto& file : files) {
        EXPECT_EQ(file["purpose"], "minuta_aprobada");
        EXPECT_EQ(file["key"], "o10-2021");
        types.insert(file["media_type"].get<std::string>().substr(0, 15));
        auto bytes = capturist.get(file["href"]);
        EXPECT_EQ(sha256_of(bytes.body), file["sha256"]);
        if (file["name"].get<std::string>().ends_with(".md")) {
            markdown = bytes.body;
        }
    }
    EXPECT_EQ(types.size(), 3u);
    EXPECT_NE(markdown.find("Minuta aprobada mediante el acuerdo CVOE/044/21"), std::string::npos)
        << markdown;
    EXPECT_NE(markdown.find("décima primera sesión ordinaria de 2021"), std::string::npos);

    auto again = capturist.post("/api/v1/sessions/o10-2021/minutes/approval", "");
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json()["files"], files);
    EXPECT_EQ(count("sessions", "o10-2021"), 3u);

    auto pending = capturist.post("/api/v1/sessions/o12-2021/minutes/approval", "");
    ASSERT_EQ(pending.status, 422) << pending.body;
    EXPECT_EQ(pending.json()["errores"][0]["regla"], "minuta_sin_aprobacion");
    EXPECT_EQ(count("sessions", "o12-2021"), 0u);
    auto draft = capturist.get("/api/v1/sessions/o12-2021/documents/minuta?format=md");
    EXPECT_NE(draft.body.find("Proyecto de minuta: pendiente de aprobación"), std::string::npos);

    EXPECT_EQ(as(Role::Council).post("/api/v1/sessions/o10-2021/minutes/approval", "").status, 403);
    EXPECT_EQ(capturist.post("/api/v1/sessions/o99-2021/minutes/approval", "").status, 404);
}

// The fourth item of the first session of 2022 presents the quarterly
// report (document informe-t4) for approval by CVOE/004/22: the files kept
// under either are the item's annexes in the convocatoria and the orden del
// día, by name, once per name however many versions.
TEST_F(ApiFiles, TheConvocatoriaAndTheAgendaListTheFilesOfEachItemAsAnnexes) {
    auto capturist = as(Role::Capturist);
    ASSERT_EQ(capturist
                  .post(upload("documents", "informe-t4", "Cuarto informe trimestral.pdf"),
                        pdf_bytes('1'))
                  .status,
              201);
    ASSERT_EQ(capturist
                  .post(upload("documents", "informe-t4", "Cuarto informe trimestral.pdf"),
                        pdf_bytes('2'))
                  .status,
              201);
    ASSERT_EQ(capturist
                  .post(upload("agreements", "CVOE/004/22", "Proyecto de acuerdo.docx"),
                        std::string("PK\x03\x04 proyecto", 13))
                  .status,
              201);
    ASSERT_EQ(
        capturist.post(upload("sessions", "o1-2022", "Carpeta de la sesión.pdf"), pdf_bytes('3'))
            .status,
        201);
    auto convocatoria =
        capturist.get("/api/v1/sessions/o1-2022/documents/convocatoria?format=md").body;
    EXPECT_NE(convocatoria.find("Se acompaña el siguiente archivo:"), std::string::npos)
        << convocatoria;
    EXPECT_NE(convocatoria.find("Archivo anexo: «Carpeta de la sesión.pdf»"), std::string::npos);
    for (const char* kind : {"convocatoria", "orden_del_dia"}) {
        SCOPED_TRACE(kind);
        auto document =
            capturist.get("/api/v1/sessions/o1-2022/documents/" + std::string(kind) + "?format=md");
        ASSERT_EQ(document.status, 200);
        auto first = document.body.find("Archivo anexo: «Cuarto informe trimestral.pdf»");
        ASSERT_NE(first, std::string::npos) << document.body;
        EXPECT_EQ(document.body.find("Archivo anexo: «Cuarto informe trimestral.pdf»", first + 1),
                  std::string::npos)
            << "one line per name";
        EXPECT_NE(document.body.find("Archivo anexo: «Proyecto de acuerdo.docx»"),
                  std::string::npos);
    }
}

// An item that presents no document and adopts no agreement (a report
// given orally with its slides) keeps annexes of its own, under the number
// the store gave it; the convocatoria lists them under the item, and the
// item is not deleted while it keeps them.
TEST_F(ApiFiles, AnAgendaItemKeepsItsOwnAnnexes) {
    auto capturist = as(Role::Capturist);
    auto item = capturist.post("/api/v1/agenda_items", R"({"session": "o12-2021", "order": 3,
        "title": "Presentación del calendario de sesiones de 2022", "kind": "nota"})");
    ASSERT_EQ(item.status, 201) << item.body;
    auto id = std::to_string(item.json()["id"].get<long>());
    auto kept = capturist.post(upload("agenda_items", id, "Calendario 2022.pdf"), pdf_bytes('4'));
    ASSERT_EQ(kept.status, 201) << kept.body;
    EXPECT_EQ(kept.json()["array"], "agenda_items");
    EXPECT_EQ(count("agenda_items", id), 1u);

    auto convocatoria =
        capturist.get("/api/v1/sessions/o12-2021/documents/convocatoria?format=md").body;
    auto title = convocatoria.find("Presentación del calendario de sesiones de 2022");
    ASSERT_NE(title, std::string::npos) << convocatoria;
    auto annex = convocatoria.find("Archivo anexo: «Calendario 2022.pdf»");
    ASSERT_NE(annex, std::string::npos) << convocatoria;
    EXPECT_LT(title, annex);

    auto removed = capturist.remove("/api/v1/agenda_items/" + id);
    EXPECT_EQ(removed.status, 409) << removed.body;
    EXPECT_EQ(capturist.get("/api/v1/agenda_items/" + id).status, 200);
    // An item that does not exist keeps nothing.
    EXPECT_EQ(capturist.post(upload("agenda_items", "999999", "Otro.pdf"), pdf_bytes('5')).status,
              404);
}

}  // namespace
}  // namespace vincula::testing
