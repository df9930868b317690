#include <gtest/gtest.h>

#include "checks/catalogue.h"
#include "checks/test_dataset.h"
#include "domain/registry_test_data.h"

namespace vincula::checks {
namespace {

using namespace testing;
using domain::Sector;

// The old register's figure at the end of 2020 (three instruments since
// 2019, two of them with universities and one with a borough) and, in the
// records, the convenios that figure already counts.
domain::Dataset with_baseline(int records_with_universities) {
    auto data = consistent_quarter();
    data.organizations.push_back(domain::testing::organization("unam", Sector::Academic));
    data.organizations.push_back(domain::testing::organization("alc-xoch", Sector::Borough));
    domain::ConvenioBaseline baseline;
    baseline.key = "registro-2020";
    baseline.since = day(2019, 1, 1);
    baseline.as_of = day(2020, 12, 31);
    baseline.signed_count = 3;
    baseline.in_force_count = 2;
    baseline.by_sector = {{Sector::Academic, 2}, {Sector::Borough, 1}};
    baseline.source = "registro de la UTVOE";
    data.convenio_baselines.push_back(baseline);
    for (int n = 0; n < records_with_universities; ++n) {
        domain::Convenio convenio;
        convenio.key = "c-unam-" + std::to_string(n);
        convenio.type = domain::ConvenioType::Specific;
        convenio.counterparts = {"unam"};
        convenio.status = domain::ConvenioStatus::Concluded;
        convenio.signed_on = day(2020, 3, 2 + n);
        data.convenios.push_back(convenio);
    }
    return data;
}

TEST(BaselineRecords, RecordsTheFigureIncludesWithinItAreQuiet) {
    EXPECT_TRUE(run_check(check_baseline_records, with_baseline(2)).empty());
}

TEST(BaselineRecords, MoreRecordsOfASectorThanStatedIsAnError) {
    auto findings = run_check(check_baseline_records, with_baseline(3));
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "cifra_historica_rebasada");
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].record,
              (RecordRef{"convenio_baselines", "registro-2020", "by_sector[0]"}));
    EXPECT_EQ(findings[0].message,
              "La cifra histórica «registro de la UTVOE» (registro-2020) declara 2 instrumentos "
              "suscritos con instituciones académicas, pero los convenios registrados con "
              "instituciones académicas y firma del martes 1 de enero de 2019 al jueves 31 de "
              "diciembre de 2020 ya son 3: la cifra los incluye y no puede ser menor. Corrija la "
              "cifra o esos registros.");
}

TEST(BaselineRecords, MoreRecordsThanTheSignedFigureIsAnErrorOnIt) {
    auto findings = run_check(check_baseline_records, with_baseline(4));
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].record.field, "signed");
    EXPECT_NE(findings[0].message.find("declara 3 instrumentos suscritos, pero los convenios "
                                       "registrados con firma del martes 1 de enero de 2019"),
              std::string::npos)
        << findings[0].message;
    EXPECT_NE(findings[0].message.find("ya son 4"), std::string::npos);
    EXPECT_EQ(findings[1].record.field, "by_sector[0]");
}

TEST(BaselineRecords, ASectorOrTypeTheBreakdownLeavesOutCountsAsZero) {
    auto data = with_baseline(0);
    auto& baseline = data.convenio_baselines[0];
    baseline.by_type = {{domain::ConvenioType::Support, 3}};
    domain::Convenio convenio;
    convenio.key = "c-xoch";
    convenio.type = domain::ConvenioType::Framework;
    convenio.counterparts = {"alc-xoch"};
    convenio.status = domain::ConvenioStatus::InForce;
    convenio.signed_on = day(2020, 6, 1);
    data.convenios.push_back(convenio);
    baseline.by_sector = {{Sector::Academic, 3}};
    auto findings = run_check(check_baseline_records, data);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].record.field, "by_sector");
    EXPECT_NE(findings[0].message.find("declara 0 instrumentos suscritos con alcaldías"),
              std::string::npos)
        << findings[0].message;
    EXPECT_EQ(findings[1].record.field, "by_type");
    EXPECT_NE(findings[1].message.find(
                  "declara 0 instrumentos suscritos del tipo «Convenio Marco de Colaboración»"),
              std::string::npos)
        << findings[1].message;
}

// Records signed after the cut-off are added to the figure, not part of it.
TEST(BaselineRecords, RecordsSignedAfterTheCutOffAreNotPartOfIt) {
    auto data = with_baseline(2);
    for (auto& convenio : data.convenios) {
        convenio.signed_on = day(2021, 2, 1);
    }
    data.convenios.push_back(data.convenios.front());
    data.convenios.back().key = "c-unam-mas";
    EXPECT_TRUE(run_check(check_baseline_records, data).empty());
}

TEST(BaselineRecords, TheCatalogueKnowsTheRule) {
    EXPECT_TRUE(has_sentence("cifra_historica_rebasada"));
    EXPECT_EQ(severity_of("cifra_historica_rebasada"), Severity::Error);
}

}  // namespace
}  // namespace vincula::checks
