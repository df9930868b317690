// `vincula synth` as the benchmarks run it: into a file, or straight into a
// database (a database the size of every electoral body of the country is
// larger than any bundle may be), with the same data either way.
#include <gtest/gtest.h>

#include "support/process.h"
#include "support/temp_dir.h"

namespace vincula::testing {
namespace {

class SynthCommand : public ::testing::Test {
protected:
    std::string initialised(const std::string& name) {
        auto db = m_dir.path(name);
        EXPECT_EQ(run_vincula({"init", "--db", db}).exit_code, 0);
        return db;
    }
    std::string exported(const std::string& db) {
        auto result = run_vincula({"export", "--db", db});
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }
    TempDir m_dir;
};

TEST_F(SynthCommand, WritesIntoADatabaseWhatItsBundleHoldsAndInstitutesAreMoreCommissions) {
    auto direct = initialised("directa.sqlite");
    auto written = run_vincula({"synth", "--db", direct, "--years", "2", "--commissions", "1",
                                "--institutes", "2", "--convenios", "10"});
    ASSERT_EQ(written.exit_code, 0) << written.err;
    EXPECT_NE(written.out.find("registros en " + direct), std::string::npos) << written.out;

    auto bundle = m_dir.path("paquete.json");
    ASSERT_EQ(run_vincula({"synth", "--out", bundle, "--years", "2", "--commissions", "2",
                           "--convenios", "10"})
                  .exit_code,
              0);
    auto imported = initialised("importada.sqlite");
    ASSERT_EQ(run_vincula({"import", "--db", imported, bundle}).exit_code, 0);

    auto text = exported(direct);
    EXPECT_GT(text.size(), 100000u);
    EXPECT_EQ(text, exported(imported));
}

TEST_F(SynthCommand, WritesNothingWhereItsRecordsWouldClash) {
    auto db = initialised("base.sqlite");
    ASSERT_EQ(run_vincula({"synth", "--db", db, "--commissions", "1"}).exit_code, 0);
    auto before = exported(db);
    auto again = run_vincula({"synth", "--db", db, "--commissions", "1"});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_NE(again.err.find("No se escribió nada"), std::string::npos) << again.err;
    EXPECT_EQ(exported(db), before);
}

TEST_F(SynthCommand, AsksWhereToWriteAndTakesOnePlace) {
    auto neither = run_vincula({"synth", "--years", "1"});
    EXPECT_EQ(neither.exit_code, 2);
    EXPECT_NE(neither.err.find("--out ARCHIVO o --db BD"), std::string::npos) << neither.err;
    auto both = run_vincula(
        {"synth", "--out", m_dir.path("x.json"), "--db", initialised("y.sqlite"), "--years", "1"});
    EXPECT_EQ(both.exit_code, 2) << both.err;
    auto too_many = run_vincula({"synth", "--out", m_dir.path("z.json"), "--institutes", "33"});
    EXPECT_EQ(too_many.exit_code, 2) << too_many.err;
}

}  // namespace
}  // namespace vincula::testing
