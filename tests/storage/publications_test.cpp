// Approved reports: each approval is a numbered version of its period that
// keeps its files byte for byte, audited; a withdrawal takes every version
// of the period back, with its reason; versions are listed newest first.
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
    domain::ReportApproval approval(const char* period, const char* actor, std::string pdf) {
        return domain::ReportApproval{
            "CVOE",
            quarter(period),
            actor,
            "",
            "model-of-" + std::to_string(pdf.size()),
            {domain::ReportFile{"md", "text/markdown", "md-sha", "# Informe"},
             domain::ReportFile{"pdf", "application/pdf", "pdf-sha", std::move(pdf)}}};
    }
};

TEST_P(Publications, EachApprovalIsTheNextVersionWithItsFilesAsGiven) {
    // Bytes a text column would lose: NUL, a high byte, no UTF-8.
    std::string pdf("%PDF-1.7\0\xff\xfe binario", 20);
    auto first = database().approve_report(approval("2021-Q4", "consejera@iecm.mx", pdf));
    ASSERT_TRUE(first) << first.error().front().message;
    EXPECT_EQ(first->number, 1);
    EXPECT_EQ(first->approved_by, "consejera@iecm.mx");
    EXPECT_EQ(first->approved_at.size(), 20u);  // 2026-11-25T16:30:00Z
    EXPECT_EQ(first->files,
              (std::vector<domain::ReportFileDigest>{{"md", "md-sha"}, {"pdf", "pdf-sha"}}));
    auto second = database().approve_report(approval("2021-Q4", "otra@iecm.mx", "otro pdf"));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->number, 2);

    auto kept = database().report_file("CVOE", quarter("2021-Q4"), 1, "pdf");
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->content, pdf);
    EXPECT_EQ(kept->sha256, "pdf-sha");
    EXPECT_EQ(kept->media_type, "application/pdf");
    EXPECT_EQ(database().report_file("CVOE", quarter("2021-Q4"), 2, "pdf")->content, "otro pdf");
    EXPECT_FALSE(database().report_file("CVOE", quarter("2021-Q4"), 3, "pdf").has_value());
    EXPECT_FALSE(database().report_file("CVOE", quarter("2021-Q3"), 1, "pdf").has_value());

    auto versions = database().report_versions("CVOE", quarter("2021-Q4"));
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[0].number, 2);
    EXPECT_EQ(domain::version_in_force(versions)->number, 2);
    EXPECT_TRUE(database().report_versions("CVOE", quarter("2021-Q3")).empty());

    auto audited = database().audit(audit_query("", "report_publications"));
    ASSERT_EQ(audited.size(), 2u);
    EXPECT_EQ(audited[0].entry.action, "aprobar_informe");
    EXPECT_EQ(audited[0].entry.key, "CVOE/2021-10-01/2021-12-31");
    EXPECT_NE(audited[0].entry.after.find("model-of-"), std::string::npos);
    EXPECT_EQ(audited[0].entry.after.find("binario"), std::string::npos) << "no file in history";
}

TEST_P(Publications, AWithdrawalTakesThePeriodBackWithItsReasonUntilANewApproval) {
    ASSERT_TRUE(database().approve_report(approval("2021-Q4", "consejera@iecm.mx", "v1")));
    ASSERT_TRUE(database().approve_report(approval("2021-Q4", "consejera@iecm.mx", "v2")));
    ASSERT_TRUE(database().withdraw_report("CVOE", quarter("2021-Q4"), "consejera@iecm.mx",
                                           "Cifras de convenios por corregir"));
    auto versions = database().report_versions("CVOE", quarter("2021-Q4"));
    EXPECT_FALSE(domain::version_in_force(versions).has_value());
    for (const auto& version : versions) {
        EXPECT_TRUE(version.withdrawn());
        EXPECT_EQ(version.withdrawal_reason, "Cifras de convenios por corregir");
        EXPECT_EQ(version.withdrawn_by, "consejera@iecm.mx");
    }
    // Nothing left to withdraw.
    auto again = database().withdraw_report("CVOE", quarter("2021-Q4"), "x@iecm.mx", "otra vez");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().front().rule, "sin_publicacion");

    auto third = database().approve_report(approval("2021-Q4", "consejera@iecm.mx", "v3"));
    ASSERT_TRUE(third);
    EXPECT_EQ(third->number, 3);
    EXPECT_EQ(
        domain::version_in_force(database().report_versions("CVOE", quarter("2021-Q4")))->number,
        3);
    auto audited = database().audit(audit_query("", "report_publications"));
    ASSERT_EQ(audited.size(), 4u);
    EXPECT_EQ(audited[1].entry.action, "retirar_informe");
    EXPECT_NE(audited[1].entry.after.find("Cifras de convenios"), std::string::npos);
}

TEST_P(Publications, ListedNewestPeriodThenNewestVersionFirst) {
    ASSERT_TRUE(database().approve_report(approval("2021-Q3", "consejera@iecm.mx", "a")));
    ASSERT_TRUE(database().approve_report(approval("2021-Q4", "consejera@iecm.mx", "b")));
    ASSERT_TRUE(database().approve_report(approval("2021-Q4", "consejera@iecm.mx", "c")));
    auto published = database().publications("");
    ASSERT_EQ(published.size(), 3u);
    EXPECT_EQ(published[0].period, quarter("2021-Q4"));
    EXPECT_EQ(published[0].number, 2);
    EXPECT_EQ(published[1].number, 1);
    EXPECT_EQ(published[2].period, quarter("2021-Q3"));
    EXPECT_TRUE(database().publications("OTRA").empty());
}

VINCULA_ON_EVERY_BACKEND(Publications);

}  // namespace
}  // namespace vincula::testing
