#include <gtest/gtest.h>

#include "checks/convenio_test_data.h"

namespace vincula::checks {
namespace {

using namespace testing;
using domain::ConvenioStatus;

TEST(ConvenioExpiry, InForceAfterItsEndIsAnError) {
    auto data = with_convenio(ConvenioStatus::InForce, day(2021, 11, 30));
    auto findings = run_check(check_convenio_expiry, data);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].rule, "convenio_vencido_vigente");
    EXPECT_EQ(findings[0].message,
              "El convenio «Convenio de Apoyo y Colaboración con Alcaldía Xochimilco» (c-xoch-1) "
              "sigue marcado como vigente, pero su vigencia terminó el martes 30 de noviembre de "
              "2021; márquelo como concluido o corrija la fecha.");
    EXPECT_EQ(findings[0].record, (RecordRef{"convenios", "c-xoch-1", "status"}));
}

TEST(ConvenioExpiry, StillInForceAtThePeriodsEndOrConcludedIsQuiet) {
    EXPECT_TRUE(
        run_check(check_convenio_expiry, with_convenio(ConvenioStatus::InForce, day(2021, 12, 31)))
            .empty());
    EXPECT_TRUE(
        run_check(check_convenio_expiry, with_convenio(ConvenioStatus::InForce, std::nullopt))
            .empty());
    EXPECT_TRUE(run_check(check_convenio_expiry,
                          with_convenio(ConvenioStatus::Concluded, day(2021, 11, 30)))
                    .empty());
}

}  // namespace
}  // namespace vincula::checks
