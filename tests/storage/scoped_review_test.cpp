// The consistency review and the report of a commission's quarter, given
// only the quarter's scope (Store::load_scope), find and print exactly
// what they find and print beside every stored record (the register's
// totals included, which the scope counts in the store): over generated data of several commissions
// and years beside the demo, a figure of the old register they exceed and a contest entry out of
// its categories, and over the cases kept as test data, for every commission and every quarter they
// hold.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "backends.h"
#include "bundle/bundle.h"
#include "checks/review.h"
#include "render/md/markdown.h"
#include "report/assemble.h"
#include "synth/synthetic.h"

namespace vincula::testing {
namespace {

class ScopedReview : public StorageTest {};

std::vector<std::string> described(const checks::Findings& findings) {
    std::vector<std::string> lines;
    for (const auto& finding : findings) {
        lines.push_back(std::string(checks::severity_word(finding.severity)) + " " + finding.rule +
                        " " + finding.record.array + "/" + finding.record.key + "/" +
                        finding.record.field + ": " + finding.message);
    }
    return lines;
}

struct Tally {
    int quarters = 0;
    int with_findings = 0;
};

// The report as text, or why it could not be made.
std::string report_text(const domain::Dataset& data, const std::string& commission,
                        const domain::Period& period) {
    auto model = report::assemble_report(data, commission, period);
    return model ? render::md::render_markdown(*model)
                 : "sin informe: " + model.error().front().message;
}

// The first line where two texts differ, both ways ("" when equal): a
// whole report in a failure message hides the difference.
std::string first_difference(const std::string& left, const std::string& right) {
    std::size_t start = 0;
    while (start < left.size() && start < right.size()) {
        auto left_end = left.find('\n', start);
        auto right_end = right.find('\n', start);
        auto left_line = left.substr(start, left_end - start);
        if (left_end != right_end || left_line != right.substr(start, right_end - start)) {
            return left_line + "\n  ≠\n" + right.substr(start, right_end - start);
        }
        if (left_end == std::string::npos) {
            return "";
        }
        start = left_end + 1;
    }
    return left.size() == right.size() ? "" : "(uno termina antes)";
}

// Every commission and quarter of what `store` holds, reviewed and reported
// both ways.
void compare_every_quarter(domain::Store& store, Tally& tally) {
    auto everything = store.load();
    int first = 9999;
    int last = 0;
    for (const auto& session : everything.sessions) {
        first = std::min(first, session.date.year());
        last = std::max(last, session.date.year());
    }
    for (const auto& commission : everything.commissions) {
        for (int year = first; year <= last; ++year) {
            for (int quarter = 1; quarter <= 4; ++quarter) {
                auto name = std::to_string(year) + "-T" + std::to_string(quarter);
                auto period = *domain::Period::quarter(name);
                auto beside_all = described(checks::review(everything, commission, period));
                auto scope = store.load_scope(commission.key, period);
                auto beside_scope = checks::review(scope, commission.key, period);
                ASSERT_TRUE(beside_scope) << commission.key << " " << name;
                EXPECT_EQ(described(*beside_scope), beside_all) << commission.key << " " << name;
                EXPECT_EQ(first_difference(report_text(scope, commission.key, period),
                                           report_text(everything, commission.key, period)),
                          "")
                    << commission.key << " " << name;
                ++tally.quarters;
                tally.with_findings += !beside_all.empty();
            }
        }
    }
}

domain::Dataset kept_case(const std::string& name) {
    const char* source = std::getenv("VINCULA_SOURCE_DIR");
    auto path = std::string(source ? source : ".") + "/tests/data/" + name;
    auto parsed = bundle::read_bundle_file(path);
    if (!parsed) {
        throw std::runtime_error("no se pudo leer " + path);
    }
    return std::move(parsed).value();
}

void imported(domain::Store& store, const domain::Dataset& data) {
    auto outcome = domain::import_dataset(store, data);
    ASSERT_TRUE(outcome) << outcome.error().front().field << ": "
                         << outcome.error().front().message;
}

TEST_P(ScopedReview, FindsBesideItsQuarterWhatItFindsBesideEverything) {
    auto generated = synth::make_synthetic(
        {.years = 2, .commissions = 2, .first_year = 2020, .convenios_per_year = 4});
    imported(database(), generated);
    imported(database(), demo_dataset());
    // A figure of the old register that the records of its span exceed:
    // the review counts every convenio signed from its `since`.
    domain::Dataset figure;
    figure.convenio_baselines.push_back({"registro-2020",
                                         common::Date::from_ymd(2020, 12, 31),
                                         common::Date::from_ymd(2020, 1, 1),
                                         2,
                                         1,
                                         std::nullopt,
                                         {},
                                         {},
                                         "registro de prueba"});
    // And an entry to a generated contest (approved by an agreement, with no
    // action of the programme) of someone older than its categories.
    auto contest = generated.contests.front();
    domain::Registration older;
    older.key = "registro-mayor";
    older.contest = contest.key;
    older.name = "Persona Mayor";
    older.birth_date = common::Date::from_ymd(contest.registration_open.year() - 40, 1, 1);
    older.status = domain::RegistrationStatus::Validated;
    figure.registrations.push_back(older);
    imported(database(), figure);
    Tally tally;
    compare_every_quarter(database(), tally);
    for (const char* name : {"cvoe-dic2022-mar2023.json", "cvoe-2024-t1-convenios.json"}) {
        FreshDatabase fresh(GetParam());
        auto store = fresh.open(domain::OpenMode::CreateOrUpgrade);
        imported(*store, kept_case(name));
        compare_every_quarter(*store, tally);
    }
    std::cout << tally.quarters << " trimestres revisados, " << tally.with_findings
              << " con hallazgos\n";
    EXPECT_GT(tally.with_findings, tally.quarters / 2);
}

VINCULA_ON_EVERY_BACKEND(ScopedReview);

}  // namespace
}  // namespace vincula::testing
