// What is imported comes back the same, whole or by report scope, and the
// API's reads (one record, pages of an array) see every record once.
#include <algorithm>
#include <map>
#include <set>

#include "backends.h"
#include "bundle/bundle.h"
#include "domain/key_index.h"
#include "synth/synthetic.h"

namespace vincula::testing {
namespace {

class Records : public StorageTest {
protected:
    void import(const domain::Dataset& data) {
        auto imported = domain::import_dataset(database(), data);
        ASSERT_TRUE(imported) << imported.error().front().message;
    }

    // All of an array's records, page by page, checking each id comes once.
    std::vector<std::int64_t> every_page(domain::ListQuery query, domain::Dataset& seen) {
        std::vector<std::int64_t> ids;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = database().list(query);
            ids.insert(ids.end(), page.ids.begin(), page.ids.end());
            domain::append(seen, page.records);
            if (page.next.empty()) {
                break;
            }
            query.after = page.next;
        }
        return ids;
    }
};

TEST_P(Records, TheDemoComesBackAsImportedAndExportsByteForByte) {
    auto demo = demo_dataset();
    import(demo);
    auto loaded = database().load();
    EXPECT_EQ(bundle::write_bundle(loaded), bundle::write_bundle(demo));
    for (const auto& [array, count] : database().counts()) {
        domain::with_array(demo, array,
                           [count = count](domain::ArrayInfo info, const auto& records) {
                               EXPECT_EQ(count, records.size()) << info.name;
                           });
    }
}

// The figures a baseline states beside its totals (concluded, by sector, by
// type) are kept with it, whole or read for a report's scope.
TEST_P(Records, ABaselinesStatedBreakdownsComeBackAsImported) {
    auto demo = demo_dataset();
    ASSERT_EQ(demo.convenio_baselines.size(), 1u);
    auto& baseline = demo.convenio_baselines.front();
    baseline.concluded_count = baseline.signed_count - baseline.in_force_count;
    baseline.by_sector = {{domain::Sector::Electoral, 40}, {domain::Sector::Academic, 63}};
    baseline.by_type = {{domain::ConvenioType::Support, 100}, {domain::ConvenioType::Specific, 3}};
    import(demo);
    auto loaded = database().load();
    ASSERT_EQ(loaded.convenio_baselines.size(), 1u);
    const auto& back = loaded.convenio_baselines.front();
    EXPECT_EQ(back.concluded_count, 60);
    ASSERT_EQ(back.by_sector.size(), 2u);
    EXPECT_EQ(back.by_sector[1].sector, domain::Sector::Academic);
    EXPECT_EQ(back.by_sector[1].count, 63);
    ASSERT_EQ(back.by_type.size(), 2u);
    EXPECT_EQ(back.by_type[0].type, domain::ConvenioType::Support);
    EXPECT_EQ(bundle::write_bundle(loaded), bundle::write_bundle(demo));
    auto scoped = database().load_scope("CVOE", *domain::Period::quarter("2021-Q4"));
    ASSERT_EQ(scoped.convenio_baselines.size(), 1u);
    EXPECT_EQ(scoped.convenio_baselines.front().by_type.size(), 2u);
}

TEST_P(Records, AReportsScopeReadsWhatSqliteReads) {
    auto data = synth::make_synthetic({.years = 2, .commissions = 3, .first_year = 2020});
    import(data);
    FreshDatabase reference_db(Backend::Sqlite);
    auto reference = reference_db.open(domain::OpenMode::CreateOrUpgrade);
    ASSERT_TRUE(domain::import_dataset(*reference, data));
    auto quarter = *domain::Period::quarter("2021-Q2");
    auto scoped = database().load_scope("com1", quarter);
    EXPECT_FALSE(scoped.sessions.empty());
    EXPECT_LT(domain::record_count(scoped), domain::record_count(data));
    EXPECT_EQ(bundle::write_bundle(scoped),
              bundle::write_bundle(reference->load_scope("com1", quarter)));
}

TEST_P(Records, FindsARecordByKeyAndAKeylessOneByItsNumber) {
    auto demo = demo_dataset();
    import(demo);
    std::int64_t id = 0;
    auto found = database().find({"sessions", demo.sessions[2].key}, &id);
    ASSERT_EQ(found.sessions.size(), 1u);
    EXPECT_EQ(domain::record_count(found), 1u);
    EXPECT_EQ(bundle::write_bundle(found),
              bundle::write_bundle(only("sessions", std::vector{demo.sessions[2]})));
    EXPECT_GT(id, 0);

    // A convenio comes with its list of counterparts.
    found = database().find({"convenios", demo.convenios[0].key});
    ASSERT_EQ(found.convenios.size(), 1u);
    EXPECT_EQ(found.convenios[0].counterparts, demo.convenios[0].counterparts);

    auto first = database().list(list_query("convenio_progress", 5));
    ASSERT_EQ(first.ids.size(), 5u);
    found = database().find({"convenio_progress", std::to_string(first.ids[3])}, &id);
    ASSERT_EQ(found.convenio_progress.size(), 1u);
    EXPECT_EQ(id, first.ids[3]);
    EXPECT_EQ(
        bundle::write_bundle(found),
        bundle::write_bundle(only("convenio_progress", std::vector{demo.convenio_progress[3]})));

    EXPECT_EQ(domain::record_count(database().find({"sessions", "no-existe"})), 0u);
    EXPECT_EQ(domain::record_count(database().find({"convenio_progress", "tres"})), 0u);
    EXPECT_EQ(domain::record_count(database().find({"convenio_progress", "999999"})), 0u);
}

TEST_P(Records, PagesVisitEveryRecordOnceInTheOrderAsked) {
    auto demo = demo_dataset();
    import(demo);
    for (auto order : {domain::SortOrder::Ascending, domain::SortOrder::Descending}) {
        domain::Dataset seen;
        auto ids = every_page(list_query("agreements", 4, "title", order), seen);
        EXPECT_EQ(ids.size(), demo.agreements.size());
        EXPECT_EQ(std::set(ids.begin(), ids.end()).size(), ids.size());
        std::vector<std::string> titles;
        for (const auto& agreement : seen.agreements) {
            titles.push_back(agreement.title);
        }
        auto sorted = titles;
        std::sort(sorted.begin(), sorted.end());
        if (order == domain::SortOrder::Descending) {
            std::reverse(sorted.begin(), sorted.end());
        }
        EXPECT_EQ(titles, sorted);
    }
    // Without a sort field: the order records were added, here the bundle's.
    domain::Dataset seen;
    auto ids = every_page(list_query("convenio_progress", 7), seen);
    EXPECT_EQ(bundle::write_bundle(seen),
              bundle::write_bundle(only("convenio_progress", demo.convenio_progress)));
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

TEST_P(Records, FiltersPickOnlyMatchingRecordsAndSortOptionalValues) {
    auto demo = demo_dataset();
    import(demo);
    auto convenio = demo.convenios[1].key;
    auto expected = std::count_if(demo.convenio_progress.begin(), demo.convenio_progress.end(),
                                  [&](const auto& p) { return p.convenio == convenio; });
    domain::Dataset seen;
    auto by_convenio = list_query("convenio_progress", 1);
    by_convenio.equal = {{"convenio", convenio}};
    auto ids = every_page(by_convenio, seen);
    EXPECT_EQ(static_cast<long>(ids.size()), expected);
    for (const auto& progress : seen.convenio_progress) {
        EXPECT_EQ(progress.convenio, convenio);
    }
    // Sorting on a field many records leave empty still visits each once.
    for (auto order : {domain::SortOrder::Ascending, domain::SortOrder::Descending}) {
        domain::Dataset documents;
        ids = every_page(list_query("documents", 3, "date", order), documents);
        EXPECT_EQ(ids.size(), demo.documents.size());
        EXPECT_EQ(std::set(ids.begin(), ids.end()).size(), ids.size());
    }
    // A number that is not one matches nothing instead of failing.
    auto by_year = list_query("sessions", 50);
    by_year.equal = {{"year", "dos mil"}};
    auto page = database().list(by_year);
    EXPECT_TRUE(page.records.sessions.empty());
    by_year.equal = {{"year", "2021"}};
    page = database().list(by_year);
    EXPECT_EQ(static_cast<long>(page.records.sessions.size()),
              std::count_if(demo.sessions.begin(), demo.sessions.end(),
                            [](const auto& s) { return s.year == 2021; }));
}

// A deadline list: soonest first and those without one last, page after
// page; by default absent values sort first ascending and last descending.
TEST_P(Records, AbsentValuesComeLastWhenAskedWhateverThePages) {
    auto demo = demo_dataset();
    import(demo);
    auto absent = std::count_if(demo.documents.begin(), demo.documents.end(),
                                [](const auto& d) { return !d.date; });
    ASSERT_GT(absent, 0);
    ASSERT_LT(absent, static_cast<long>(demo.documents.size()));
    auto dates_of = [](const domain::Dataset& seen) {
        std::vector<std::optional<common::Date>> dates;
        for (const auto& document : seen.documents) {
            dates.push_back(document.date);
        }
        return dates;
    };
    for (std::size_t size : {1u, 2u, 3u, 50u}) {
        auto query = list_query("documents", size, "date");
        query.absent_last = true;
        domain::Dataset seen;
        auto ids = every_page(query, seen);
        EXPECT_EQ(ids.size(), demo.documents.size()) << size;
        EXPECT_EQ(std::set(ids.begin(), ids.end()).size(), ids.size()) << size;
        auto dates = dates_of(seen);
        auto first_absent = std::find(dates.begin(), dates.end(), std::nullopt);
        EXPECT_EQ(std::count(first_absent, dates.end(), std::nullopt), absent) << size;
        EXPECT_TRUE(std::is_sorted(dates.begin(), first_absent)) << size;
    }
    domain::Dataset ascending;
    every_page(list_query("documents", 4, "date"), ascending);
    EXPECT_FALSE(ascending.documents.front().date);
    domain::Dataset descending;
    every_page(list_query("documents", 4, "date", domain::SortOrder::Descending), descending);
    EXPECT_FALSE(descending.documents.back().date);
    EXPECT_TRUE(descending.documents.front().date);
}

// A filter on a list of references matches the records whose list holds
// the value, in a page, a count and a tally alike.
TEST_P(Records, AListOfReferencesFiltersPagesCountsAndTallies) {
    auto demo = demo_dataset();
    import(demo);
    std::map<std::string, long> holding;
    for (const auto& convenio : demo.convenios) {
        for (const auto& counterpart : convenio.counterparts) {
            ++holding[counterpart];
        }
    }
    ASSERT_FALSE(holding.empty());
    for (const auto& [organization, expected] : holding) {
        auto query = list_query("convenios", 2);
        query.equal = {{"counterparts", organization}};
        domain::Dataset seen;
        auto ids = every_page(query, seen);
        EXPECT_EQ(static_cast<long>(ids.size()), expected) << organization;
        for (const auto& convenio : seen.convenios) {
            EXPECT_NE(
                std::find(convenio.counterparts.begin(), convenio.counterparts.end(), organization),
                convenio.counterparts.end());
        }
        EXPECT_EQ(static_cast<long>(database().count(query)), expected) << organization;
        long tallied = 0;
        for (const auto& [status, count] : database().tally(query, "status")) {
            tallied += static_cast<long>(count);
        }
        EXPECT_EQ(tallied, expected) << organization;
    }
    auto nobody = list_query("convenios", 5);
    nobody.equal = {{"counterparts", "no-existe"}};
    EXPECT_TRUE(database().list(nobody).records.convenios.empty());
}

TEST_P(Records, CountsWhatTheFiltersMatchWithoutReadingIt) {
    auto demo = demo_dataset();
    import(demo);
    EXPECT_EQ(database().count(list_query("convenios", 1)), demo.convenios.size());
    auto in_force = list_query("convenios", 1);
    in_force.equal = {{"status", "vigente"}};
    EXPECT_EQ(static_cast<long>(database().count(in_force)),
              std::count_if(demo.convenios.begin(), demo.convenios.end(), [](const auto& c) {
                  return c.status == domain::ConvenioStatus::InForce;
              }));
    EXPECT_GT(database().count(in_force), 0u);
    auto by_year = list_query("sessions", 1);
    by_year.equal = {{"year", "2021"}, {"commission", "CVOE"}};
    EXPECT_EQ(static_cast<long>(database().count(by_year)),
              std::count_if(demo.sessions.begin(), demo.sessions.end(),
                            [](const auto& s) { return s.year == 2021; }));
    by_year.equal = {{"year", "dos mil"}};
    EXPECT_EQ(database().count(by_year), 0u);
    auto unknown = list_query("sessions", 1);
    unknown.equal = {{"no_es_un_campo", "x"}};
    EXPECT_THROW(database().count(unknown), std::invalid_argument);
}

TEST_P(Records, TalliesAFieldsValuesAYearOrAListsFirstElementWithoutReadingTheRecords) {
    auto demo = demo_dataset();
    // Signatures in two years, and one convenio without any.
    for (std::size_t i = 0; i < demo.convenios.size(); ++i) {
        demo.convenios[i].signed_on =
            i == 0 ? std::nullopt
                   : std::optional(common::Date::from_ymd(i % 3 == 0 ? 2019 : 2020, 5, 1));
    }
    import(demo);
    std::map<std::string, std::size_t> statuses;
    std::map<std::string, std::size_t> years;
    std::map<std::string, std::size_t> first_in_force;
    for (const auto& convenio : demo.convenios) {
        ++statuses[std::string(domain::to_wire(convenio.status))];
        if (convenio.signed_on) {
            ++years[std::to_string(convenio.signed_on->year())];
        }
        if (convenio.status == domain::ConvenioStatus::InForce && !convenio.counterparts.empty()) {
            ++first_in_force[convenio.counterparts.front()];
        }
    }
    auto every = list_query("convenios", 1);
    EXPECT_EQ(database().tally(every, "status"), statuses);
    EXPECT_EQ(database().tally(every, "signed", 4), years);
    auto in_force = every;
    in_force.equal = {{"status", "vigente"}};
    EXPECT_EQ(database().tally(in_force, "counterparts"), first_in_force);
    EXPECT_FALSE(first_in_force.empty());
    EXPECT_THROW(database().tally(every, "no_es_un_campo"), std::invalid_argument);
    // A filter no stored value can match counts nothing, and still checks
    // the field it counts by.
    auto impossible = list_query("sessions", 1);
    impossible.equal = {{"year", "no es un año"}};
    EXPECT_TRUE(database().tally(impossible, "type").empty());
    EXPECT_THROW(database().tally(impossible, "no_es_un_campo"), std::invalid_argument);
}

VINCULA_ON_EVERY_BACKEND(Records);

}  // namespace
}  // namespace vincula::testing
