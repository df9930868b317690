#include <algorithm>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>
#include <unistd.h>

#include "storage/sqlite/sqlite_store.h"
#include "synth/synthetic.h"

namespace vincula::storage::sqlite {
namespace {

// A report reads only its commission and period (Store::load_scope); what
// it reads must hold everything the full read would have given it.
class ScopedLoad : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = (std::filesystem::temp_directory_path() /
                  ("vincula-scope-" + std::to_string(::getpid()) + ".sqlite"))
                     .string();
        std::filesystem::remove(m_path);
        auto opened = SqliteStore::open(m_path, OpenMode::CreateOrUpgrade);
        ASSERT_TRUE(opened);
        m_store = std::move(*opened);
        m_full = synth::make_synthetic({.years = 2, .commissions = 3, .first_year = 2020});
        ASSERT_TRUE(domain::import_dataset(*m_store, m_full));
    }
    void TearDown() override {
        m_store.reset();
        for (auto suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path + suffix);
        }
    }

    std::string m_path;
    std::unique_ptr<SqliteStore> m_store;
    domain::Dataset m_full;
    domain::Period m_q2 = *domain::Period::quarter("2021-Q2");
};

template <class T, class Keep>
std::size_t count_if(const std::vector<T>& records, Keep keep) {
    return static_cast<std::size_t>(std::count_if(records.begin(), records.end(), keep));
}

TEST_F(ScopedLoad, ReadsTheCommissionsOwnRecordsAndThePeriodsDatedOnes) {
    auto scoped = m_store->load_scope("com1", m_q2);
    ASSERT_FALSE(scoped.sessions.empty());
    for (const auto& session : scoped.sessions) {
        EXPECT_EQ(session.commission, "com1");
    }
    EXPECT_EQ(scoped.sessions.size(),
              count_if(m_full.sessions, [](const auto& s) { return s.commission == "com1"; }));
    // Dated records of the period that serve one of the commission's actions.
    std::set<std::string> actions;
    for (const auto& programme : m_full.work_programmes) {
        for (const auto& line : programme.lines) {
            for (const auto& action : line.actions) {
                if (programme.commission == "com1") {
                    actions.insert(domain::action_key(programme.key, line.number, action.letter));
                }
            }
        }
    }
    auto in_q2 = [&](const auto& record) {
        return m_q2.contains(record.date) && record.action && actions.contains(*record.action);
    };
    EXPECT_EQ(scoped.mailings.size(), count_if(m_full.mailings, in_q2));
    EXPECT_EQ(scoped.sivople_reports.size(), count_if(m_full.sivople_reports, in_q2));
    EXPECT_EQ(scoped.external_sessions.size(), count_if(m_full.external_sessions, in_q2));
    EXPECT_GT(scoped.sivople_reports.size(), 0u);
    EXPECT_LT(scoped.sivople_reports.size(), m_full.sivople_reports.size());
    EXPECT_TRUE(scoped.contacts.empty());
    EXPECT_TRUE(scoped.scores.empty());
}

TEST_F(ScopedLoad, KeepsEveryRecordOthersReferTo) {
    auto scoped = m_store->load_scope("com1", m_q2);
    EXPECT_EQ(scoped.people.size(), m_full.people.size());
    EXPECT_EQ(scoped.organizations.size(), m_full.organizations.size());
    EXPECT_EQ(scoped.commissions.size(), m_full.commissions.size());
    auto find_convenio = [](const domain::Dataset& data, const std::string& key) {
        auto found = std::find_if(data.convenios.begin(), data.convenios.end(),
                                  [&](const auto& c) { return c.key == key; });
        return found == data.convenios.end() ? nullptr : &*found;
    };
    // Every convenio whose progress is read comes with it, and lists of
    // references come with their owners: each keeps its counterparts.
    ASSERT_FALSE(scoped.convenio_progress.empty());
    for (const auto& progress : scoped.convenio_progress) {
        EXPECT_NE(std::find_if(scoped.sessions.begin(), scoped.sessions.end(),
                               [&](const auto& s) { return s.key == progress.session; }),
                  scoped.sessions.end());
        const auto* convenio = find_convenio(scoped, progress.convenio);
        ASSERT_NE(convenio, nullptr) << progress.convenio;
        EXPECT_EQ(convenio->counterparts, find_convenio(m_full, progress.convenio)->counterparts);
    }
    EXPECT_LE(scoped.convenios.size(), m_full.convenios.size());
}

}  // namespace
}  // namespace vincula::storage::sqlite
