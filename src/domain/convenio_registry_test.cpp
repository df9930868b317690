#include "domain/convenio_registry.h"

#include <gtest/gtest.h>

#include "domain/registry_test_data.h"

namespace vincula::domain {
namespace {

using common::Date;
using namespace testing;

// The old register's figure at the end of 2023 and three records: one
// signed before that cut-off (already counted by it) and two after.
Dataset register_of_2024() {
    auto data = register_at_end_of_2023();
    data.convenios = {
        signed_with("c-unam-2023", "unam", Date::from_ymd(2023, 6, 1)),
        signed_with("c-unam-2024", "unam", Date::from_ymd(2024, 2, 5)),
        signed_with("c-xoch-2024", "alc-xoch", Date::from_ymd(2024, 3, 1),
                    ConvenioStatus::Concluded),
    };
    return data;
}

TEST(ConvenioRegistry, TheStatedFigurePlusTheRecordsSignedAfterItsCutOff) {
    auto figures = registry_figures(register_of_2024(), Date::from_ymd(2024, 3, 31));
    ASSERT_NE(figures.baseline, nullptr);
    EXPECT_EQ(figures.signed_count, 24);
    EXPECT_EQ(figures.in_force, 11);
    EXPECT_EQ(figures.concluded, 13);
    using Row = std::pair<Sector, long>;
    EXPECT_EQ(
        figures.by_sector,
        (std::vector<Row>{{Sector::Academic, 19}, {Sector::Electoral, 2}, {Sector::Borough, 3}}));
}

TEST(ConvenioRegistry, ARecordSignedLaterThanTheDateIsNotCounted) {
    auto figures = registry_figures(register_of_2024(), Date::from_ymd(2024, 2, 29));
    EXPECT_EQ(figures.signed_count, 23);
    EXPECT_EQ(figures.in_force, 11);
}

TEST(ConvenioRegistry, ASectorOnlyTheRecordsBringComesAfterTheStatedOnes) {
    auto data = register_of_2024();
    data.organizations.push_back(organization("onu", Sector::International));
    data.convenios.push_back(signed_with("c-onu", "onu", Date::from_ymd(2024, 3, 2)));
    auto figures = registry_figures(data, Date::from_ymd(2024, 3, 31));
    ASSERT_EQ(figures.by_sector.size(), 4u);
    EXPECT_EQ(figures.by_sector.back(), (std::pair<Sector, long>{Sector::International, 1}));
}

TEST(ConvenioRegistry, WhatTheBaselineDoesNotStateIsNotGuessed) {
    auto data = register_of_2024();
    data.convenio_baselines[0].concluded_count.reset();
    auto figures = registry_figures(data, Date::from_ymd(2024, 3, 31));
    EXPECT_FALSE(figures.concluded.has_value());
    // A record without a counterpart would leave the breakdown short.
    data = register_of_2024();
    data.convenios.push_back(signed_with("c-sin", "", Date::from_ymd(2024, 3, 3)));
    figures = registry_figures(data, Date::from_ymd(2024, 3, 31));
    EXPECT_EQ(figures.signed_count, 25);
    EXPECT_TRUE(figures.by_sector.empty());
}

TEST(ConvenioRegistry, WithoutABaselineEveryRecordSignedCounts) {
    auto data = register_of_2024();
    data.convenio_baselines.clear();
    auto figures = registry_figures(data, Date::from_ymd(2024, 3, 31));
    EXPECT_EQ(figures.baseline, nullptr);
    EXPECT_EQ(figures.signed_count, 3);
    EXPECT_EQ(figures.in_force, 2);
    EXPECT_FALSE(figures.concluded.has_value());
    EXPECT_TRUE(figures.by_sector.empty());
}

TEST(ConvenioRegistry, ABaselineStatedAfterTheDateIsNotYetInForce) {
    auto data = register_of_2024();
    EXPECT_EQ(baseline_on(data, Date::from_ymd(2023, 12, 30)), nullptr);
    EXPECT_EQ(baseline_on(data, Date::from_ymd(2023, 12, 31)), &data.convenio_baselines[0]);
}

TEST(ConvenioRegistry, CountsTheRecordsOfASpanBySectorAndType) {
    auto data = register_of_2024();
    auto counted = count_signed(data, Date::from_ymd(2019, 1, 1), Date::from_ymd(2023, 12, 31));
    EXPECT_EQ(counted.signed_count, 1);
    EXPECT_EQ(counted.in_force, 1);
    EXPECT_EQ(counted.by_sector.at(Sector::Academic), 1);
    EXPECT_EQ(counted.by_type.at(ConvenioType::Support), 1);
    // Ended before the span's last day: no longer in force, whatever its status.
    data.convenios[0].valid_to = Date::from_ymd(2023, 12, 1);
    counted = count_signed(data, std::nullopt, Date::from_ymd(2023, 12, 31));
    EXPECT_EQ(counted.in_force, 0);
    EXPECT_EQ(convenio_sector(data, data.convenios[2]), Sector::Borough);
}

}  // namespace
}  // namespace vincula::domain
