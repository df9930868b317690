// Reports approved for publication: recorded once, audited once, listed
// newest first, and found only for the exact commission and period.
#include "backends.h"

namespace vincula::testing {
namespace {

class Publications : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        auto imported = domain::import_dataset(database(), demo_dataset());
        ASSERT_TRUE(imported) << imported.error().front().message;
    }
    domain::Period quarter(const char* text) { return *domain::Period::quarter(text); }
};

TEST_P(Publications, AnApprovedPeriodIsPublishedAndAuditedOnce) {
    EXPECT_FALSE(database().is_published("CVOE", quarter("2021-Q4")));
    ASSERT_TRUE(database().publish_report("CVOE", quarter("2021-Q4"), "consejera@iecm.mx"));
    ASSERT_TRUE(database().publish_report("CVOE", quarter("2021-Q4"), "otra@iecm.mx"));
    EXPECT_TRUE(database().is_published("CVOE", quarter("2021-Q4")));
    EXPECT_FALSE(database().is_published("CVOE", quarter("2021-Q3")));

    auto published = database().publications("CVOE");
    ASSERT_EQ(published.size(), 1u);
    EXPECT_EQ(published[0].approved_by, "consejera@iecm.mx");
    EXPECT_EQ(published[0].period, quarter("2021-Q4"));
    EXPECT_EQ(published[0].approved_at.size(), 20u);  // 2026-11-25T16:30:00Z

    auto audited = database().audit(audit_query("", "report_publications"));
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited[0].entry.action, "aprobar_informe");
    EXPECT_EQ(audited[0].entry.key, "CVOE/2021-10-01/2021-12-31");
}

TEST_P(Publications, ListedNewestPeriodFirst) {
    ASSERT_TRUE(database().publish_report("CVOE", quarter("2021-Q3"), "consejera@iecm.mx"));
    ASSERT_TRUE(database().publish_report("CVOE", quarter("2021-Q4"), "consejera@iecm.mx"));
    auto published = database().publications("");
    ASSERT_EQ(published.size(), 2u);
    EXPECT_EQ(published[0].period, quarter("2021-Q4"));
    EXPECT_EQ(published[1].period, quarter("2021-Q3"));
    EXPECT_TRUE(database().publications("OTRA").empty());
}

VINCULA_ON_EVERY_BACKEND(Publications);

}  // namespace
}  // namespace vincula::testing
