#include <gtest/gtest.h>

#include "checks/test_dataset.h"

namespace vincula::checks {
namespace {

using namespace testing;

TEST(DuplicateNames, NamesThatDifferOnlyInAccentsAndCaseAreAnAviso) {
    auto data = consistent_quarter();
    data.people.push_back(person("eer2", "ERIKA  Estrada Ruíz"));
    auto findings = run_check(check_duplicate_names, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "persona_duplicada");
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_EQ(findings[0].message,
              "Las personas «Erika Estrada Ruiz» (eer) y «ERIKA  Estrada Ruíz» (eer2) parecen la "
              "misma: sus nombres solo difieren en acentos, mayúsculas o espacios. Si lo son, "
              "conserve una sola y haga que los registros apunten a ella.");
    EXPECT_EQ(findings[0].record, (RecordRef{"people", "eer2", "name"}));
}

TEST(DuplicateNames, OrganizationsToo) {
    auto data = consistent_quarter();
    for (auto [key, name] : {std::pair{"iecm", "Instituto Electoral de la Ciudad de México"},
                             std::pair{"iecm2", "Instituto Electoral de la Ciudad de Mexico"}}) {
        domain::Organization organization;
        organization.key = key;
        organization.name = name;
        data.organizations.push_back(organization);
    }
    EXPECT_EQ(rules(run_check(check_duplicate_names, data)),
              std::vector<std::string>{"organizacion_duplicada"});
}

TEST(DuplicateNames, DifferentNamesAreQuiet) {
    auto data = consistent_quarter();
    data.people.push_back(person("eer2", "Erika Estrada Ruiz de León"));
    EXPECT_TRUE(run_check(check_duplicate_names, data).empty());
}

TEST(DuplicateNames, AnotherCommissionsPeopleAreItsOwnBusiness) {
    auto data = consistent_quarter();
    domain::Commission other = data.commissions[0];
    other.key = "CEC";
    other.acronym = "CEC";
    data.commissions.push_back(other);
    data.people.push_back(person("x1", "Juan Pérez"));
    data.people.push_back(person("x2", "Juan Perez"));
    EXPECT_TRUE(run_check(check_duplicate_names, data).empty());
    data.people.push_back(person("eer2", "Erika Estrada Ruíz"));
    EXPECT_EQ(run_check(check_duplicate_names, data).size(), 1u);
}

}  // namespace
}  // namespace vincula::checks
