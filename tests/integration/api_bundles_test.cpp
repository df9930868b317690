// Whole bundles over HTTP: an administrator's export is a bundle that
// another installation imports as it was; nobody else may do either.
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "support/api_server.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

using Json = nlohmann::json;

// Records per array of a bundle (arrays only; empty ones left out).
Json counts_of(const Json& bundle) {
    Json counts = Json::object();
    for (const auto& [name, value] : bundle.items()) {
        if (value.is_array() && !value.empty()) {
            counts[name] = value.size();
        }
    }
    return counts;
}

class ApiBundles : public ApiTest {};

// `text` compressed by gzip(1): an independent writer of the format.
std::string gzipped(const std::string& text) {
    auto compressed = run_process({"gzip", "-c", "-n"}, text);
    EXPECT_EQ(compressed.exit_code, 0) << compressed.err;
    return compressed.out;
}

TEST_F(ApiBundles, AnExportImportsIntoAFreshServerAsItWas) {
    auto exported = as(Role::Administrator).get("/api/v1/export");
    ASSERT_EQ(exported.status, 200) << exported.body.substr(0, 300);
    EXPECT_EQ(exported.header("Content-Type"), "application/json; charset=utf-8");
    EXPECT_NE(exported.header("Content-Disposition").find("attachment"), std::string::npos);
    auto bundle = exported.json();
    ASSERT_FALSE(bundle.is_discarded());
    EXPECT_EQ(bundle["format"], "vincula-bundle");
    EXPECT_EQ(bundle["agreements"].size(), 18u);

    auto fresh = ApiServer::start(Seed::Empty);
    auto administrator = fresh->client(Role::Administrator);
    EXPECT_EQ(administrator.get("/api/v1/agreements").json()["registros"].size(), 0u);
    auto imported = administrator.post("/api/v1/import", exported.body);
    ASSERT_EQ(imported.status, 201) << imported.body.substr(0, 500);
    EXPECT_EQ(imported.json()["registros"], counts_of(bundle));

    auto again = administrator.get("/api/v1/export");
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(counts_of(again.json()), counts_of(bundle));
    EXPECT_EQ(again.body, exported.body) << "export → import → export changed the bundle";
    EXPECT_EQ(administrator.get("/api/v1/agreements/CVOE/036/21").status, 200);

    // Newest first: the second export (the whole bundle holds personal
    // data: audited), then the import.
    auto history = administrator.get("/api/v1/audit").json()["registros"];
    ASSERT_GE(history.size(), 2u);
    EXPECT_EQ(history[0]["action"], "exportar");
    EXPECT_EQ(history[1]["action"], "importar");
    EXPECT_EQ(history[1]["actor"], email_of(Role::Administrator));
    EXPECT_EQ(fresh->stop(), 0);
    EXPECT_EQ(fresh->problems_logged(), "");
}

TEST_F(ApiBundles, OnlyAnAdministratorExportsOrImports) {
    auto capturist = as(Role::Capturist);
    auto exported = capturist.get("/api/v1/export");
    EXPECT_EQ(exported.status, 403);
    EXPECT_EQ(exported.body.find("vincula-bundle"), std::string::npos);
    auto bundle = as(Role::Administrator).get("/api/v1/export").body;
    EXPECT_EQ(capturist.post("/api/v1/import", bundle).status, 403);
    EXPECT_EQ(as(Role::Public).post("/api/v1/import", bundle).status, 401);
}

TEST_F(ApiBundles, AnImportThatClashesWithWhatIsStoredWritesNothing) {
    auto administrator = as(Role::Administrator);
    auto before = administrator.get("/api/v1/export").body;
    auto history = administrator.get("/api/v1/audit?limit=500").json()["registros"].size();
    // The demo again, into the demo: every key already exists.
    auto refused = administrator.post("/api/v1/import", before);
    ASSERT_EQ(refused.status, 422) << refused.body.substr(0, 300);
    EXPECT_FALSE(refused.json()["errores"].empty());
    // Nothing but the audited export that checks it.
    EXPECT_EQ(administrator.get("/api/v1/export").body, before);
    auto after = administrator.get("/api/v1/audit?limit=500").json()["registros"];
    ASSERT_EQ(after.size(), history + 1);
    EXPECT_EQ(after[0]["action"], "exportar");
}

// A large bundle travels compressed: the API and `vincula import` open gzip
// within the same 64 MiB bound, so a small file that unpacks to more is
// refused, as is a damaged one, and nothing is written.
TEST_F(ApiBundles, AGzippedBundleImportsAndABombOrDamageIsRefused) {
    auto exported = as(Role::Administrator).get("/api/v1/export");
    ASSERT_EQ(exported.status, 200);
    auto compressed = gzipped(exported.body);
    ASSERT_LT(compressed.size(), exported.body.size() / 4);

    auto fresh = ApiServer::start(Seed::Empty);
    auto administrator = fresh->client(Role::Administrator);
    auto damaged =
        administrator.post("/api/v1/import", compressed.substr(0, compressed.size() / 2));
    EXPECT_EQ(damaged.status, 422);
    EXPECT_EQ(damaged.json()["errores"][0]["regla"], "gzip_ilegible");
    auto bomb = administrator.post("/api/v1/import", gzipped(std::string(65 * 1024 * 1024, ' ')));
    EXPECT_EQ(bomb.status, 422);
    EXPECT_EQ(bomb.json()["errores"][0]["regla"], "archivo_demasiado_grande");
    EXPECT_EQ(administrator.get("/api/v1/agreements").json()["registros"].size(), 0u);

    auto imported = administrator.post("/api/v1/import", compressed);
    ASSERT_EQ(imported.status, 201) << imported.body.substr(0, 500);
    EXPECT_EQ(administrator.get("/api/v1/export").body, exported.body);

    // The command line reads the same file.
    TempDir dir;
    auto file = dir.root() + "/paquete.json.gz";
    std::ofstream(file, std::ios::binary) << compressed;
    auto database = dir.root() + "/otra.sqlite";
    ASSERT_EQ(run_vincula({"init", "--db", database}).exit_code, 0);
    auto command = run_vincula({"import", "--db", database, file});
    EXPECT_EQ(command.exit_code, 0) << command.err;
    EXPECT_EQ(fresh->stop(), 0);
    EXPECT_EQ(fresh->problems_logged(), "");
}

}  // namespace
}  // namespace vincula::testing
