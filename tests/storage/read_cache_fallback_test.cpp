// The SQLite read cache trusts inotify to hear every commit. Where no
// inotify instance is left (each user may open 128 by default), the store
// must not cache at all and read every answer from the file. This test uses
// up the instances itself, so CTest runs it alone (RUN_SERIAL).
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "storage/sqlite/sqlite_store.h"
#include "support/temp_dir.h"
#include "synth/synthetic.h"

namespace vincula::testing {
namespace {

// Holds every inotify instance this user may still open, until destroyed.
class AllInotifyInstancesHeld {
public:
    AllInotifyInstancesHeld() {
        // Descriptors are raised to their hard limit so that the user's
        // instances, not this process's descriptors, run out first.
        rlimit files{};
        ::getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
        m_descriptor_limit = files.rlim_cur;
        for (;;) {
            int descriptor = inotify_init1(IN_CLOEXEC);
            if (descriptor < 0) {
                m_refusal = errno;
                break;
            }
            m_held.push_back(descriptor);
        }
    }
    ~AllInotifyInstancesHeld() {
        for (int descriptor : m_held) {
            ::close(descriptor);
        }
    }
    AllInotifyInstancesHeld(const AllInotifyInstancesHeld&) = delete;
    AllInotifyInstancesHeld& operator=(const AllInotifyInstancesHeld&) = delete;

    // Whether inotify refused for lack of instances, with descriptors to spare.
    bool instances_ran_out() const {
        return m_refusal == EMFILE && m_held.size() + 100 < m_descriptor_limit;
    }
    std::size_t held() const { return m_held.size(); }

private:
    std::vector<int> m_held;
    int m_refusal = 0;
    rlim_t m_descriptor_limit = 0;
};

std::string title_of(storage::sqlite::SqliteStore& store, const std::string& key) {
    auto found = store.find(domain::RecordRef{"convenios", key});
    return found.convenios.empty() ? "(no existe)" : found.convenios.front().title.value_or("");
}

TEST(ReadCacheWithoutInotify, EveryReadSeesWhatAnotherConnectionCommitted) {
    TempDir directory;
    auto path = directory.path("vincula.sqlite");
    AllInotifyInstancesHeld instances;
    ASSERT_TRUE(instances.instances_ran_out())
        << "inotify still answered after " << instances.held() << " instances";
    auto opened =
        storage::sqlite::SqliteStore::open(path, storage::sqlite::OpenMode::CreateOrUpgrade);
    ASSERT_TRUE(opened);
    auto& store = **opened;
    auto data = synth::make_synthetic({.years = 1, .commissions = 1, .first_year = 2021});
    ASSERT_FALSE(data.convenios.empty());
    auto key = data.convenios.front().key;
    ASSERT_TRUE(domain::import_dataset(store, data));
    domain::ListQuery query{"convenios", {}, "key", domain::SortOrder::Ascending, 500, ""};
    // Each read twice: a cache, had there been one, would now hold them.
    title_of(store, key);
    ASSERT_EQ(title_of(store, key), data.convenios.front().title.value_or(""));
    store.list(query);
    store.list(query);

    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("UPDATE convenios SET title = 'Cambiado sin inotify' WHERE key = '" + key + "'");

    EXPECT_EQ(title_of(store, key), "Cambiado sin inotify");
    bool listed = false;
    for (const auto& convenio : store.list(query).records.convenios) {
        listed = listed || (convenio.key == key && convenio.title == "Cambiado sin inotify");
    }
    EXPECT_TRUE(listed);
}

}  // namespace
}  // namespace vincula::testing
