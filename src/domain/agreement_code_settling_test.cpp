#include "domain/agreement_code_settling.h"

#include <gtest/gtest.h>

namespace vincula::domain {
namespace {

Commission commission(std::string key, std::string acronym,
                      std::optional<std::string> pattern = std::nullopt) {
    Commission record;
    record.key = std::move(key);
    record.name = "Comisión " + record.key;
    record.acronym = std::move(acronym);
    record.agreement_code_format = std::move(pattern);
    return record;
}

Session session(std::string key, std::string commission, common::Date date) {
    Session record;
    record.key = std::move(key);
    record.commission = std::move(commission);
    record.year = date.year();
    record.number = 1;
    record.date = date;
    return record;
}

Agreement agreement(std::string code, std::optional<std::string> session) {
    Agreement record;
    record.code = std::move(code);
    record.session = std::move(session);
    record.title = "Acuerdo";
    return record;
}

Dataset stored_records() {
    Dataset stored;
    stored.commissions.push_back(commission("cvoe", "CVOE"));
    stored.commissions.push_back(commission("oplev", "CG", "OPLEV/CG{numero:3}/{año}"));
    stored.sessions.push_back(session("o1-2021", "cvoe", common::Date::from_ymd(2021, 3, 1)));
    stored.sessions.push_back(session("cg1-2023", "oplev", common::Date::from_ymd(2023, 1, 9)));
    stored.agreements.push_back(agreement("CVOE/036/21", "o1-2021"));
    return stored;
}

}  // namespace

TEST(SettleAgreementCodes, WritesEachCodeInItsCommissionsForm) {
    auto stored = stored_records();
    Dataset incoming;
    incoming.agreements.push_back(agreement("CVOE/37/2021", "o1-2021"));
    incoming.agreements.push_back(agreement("OPLEV/CG1/2023", "cg1-2023"));
    incoming.agreements.push_back(agreement("CVOE/8/2019", std::nullopt));  // no session
    incoming.agreements.push_back(agreement("INE/CG123/2021", std::nullopt));
    settle_agreement_codes(stored, incoming);
    EXPECT_EQ(incoming.agreements[0].code, "CVOE/037/21");
    EXPECT_EQ(incoming.agreements[1].code, "OPLEV/CG001/2023");
    EXPECT_EQ(incoming.agreements[2].code, "CVOE/008/19");
    EXPECT_EQ(incoming.agreements[3].code, "INE/CG123/2021");  // no series of ours
}

TEST(SettleAgreementCodes, ACodeOutsideItsSessionsSeriesIsLeftForTheRules) {
    auto stored = stored_records();
    Dataset incoming;
    incoming.agreements.push_back(agreement("CVOE/1/2023", "cg1-2023"));
    settle_agreement_codes(stored, incoming);
    EXPECT_EQ(incoming.agreements[0].code, "CVOE/1/2023");
}

TEST(SettleAgreementCodes, ReferencesNameTheAgreementAsStored) {
    auto stored = stored_records();
    Dataset incoming;
    incoming.agreements.push_back(agreement("OPLEV/CG2/2023", "cg1-2023"));
    Document report;
    report.key = "informe";
    report.title = "Informe";
    report.approved_by = "CVOE/36/2021";
    incoming.documents.push_back(report);
    WorkProgramme programme;
    programme.key = "pat-2023";
    programme.approved_by = {"OPLEV/CG002/2023", "CVOE/099/21"};
    incoming.work_programmes.push_back(programme);
    settle_agreement_codes(stored, incoming);
    EXPECT_EQ(incoming.documents[0].approved_by, "CVOE/036/21");
    EXPECT_EQ(incoming.work_programmes[0].approved_by[0], "OPLEV/CG002/2023");
    // Unknown: left for the reference rule to report.
    EXPECT_EQ(incoming.work_programmes[0].approved_by[1], "CVOE/099/21");
}

}  // namespace vincula::domain
