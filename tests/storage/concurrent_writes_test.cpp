// PostgreSQL: writes of different records run side by side (two servers'
// writers no longer queue on one lock), while a write still holds what its
// plan read and what it writes until it commits. Most tests hold one write
// open in the middle of its reads and see what another server's write does
// meanwhile.
#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <latch>

#include "backends.h"

namespace vincula::testing {
namespace {

using namespace std::chrono_literals;

// Far longer than any write takes here: a write that has not finished by
// then is waiting for the held one.
constexpr auto LONG_ENOUGH = 60s;

// Where a held write waits to be let go. It lets go by itself after
// LONG_ENOUGH, so a failing test ends rather than hangs on its threads.
class Gate {
public:
    void open() { m_opened.set_value(); }
    void wait() const { m_open.wait_for(LONG_ENOUGH); }

private:
    std::promise<void> m_opened;
    std::shared_future<void> m_open = m_opened.get_future().share();
};

domain::Person person_named(const std::string& key, const std::string& name) {
    domain::Person person;
    person.key = key;
    person.name = name;
    return person;
}

// Replaces person `key` with `name`, or inserts it when `set_aside` is
// false. `reads` runs inside the transaction, after the set-aside record
// is held; `seen` receives the set-aside record's name as the plan saw it.
common::Result<std::vector<std::int64_t>> write_person(
    domain::Database& database, const std::string& key, const std::string& name, bool set_aside,
    const std::function<void(domain::StoredRecords&)>& reads, std::string* seen = nullptr) {
    std::vector<domain::RecordRef> refs;
    if (set_aside) {
        refs.push_back({"people", key});
    }
    return database.write_change(
        refs,
        [&](const domain::Dataset&,
            const domain::Dataset& current) -> common::Result<domain::Write> {
            if (seen != nullptr && !current.people.empty()) {
                *seen = current.people.front().name;
            }
            domain::Write write;
            auto person = only("people", std::vector{person_named(key, name)});
            if (set_aside) {
                write.replaced.push_back(domain::Replacement{refs.front(), person});
            } else {
                write.inserted = person;
            }
            return write;
        },
        [&](domain::StoredRecords& stored,
            const domain::Dataset&) -> std::optional<domain::Dataset> {
            reads(stored);
            return domain::Dataset{};
        });
}

class ConcurrentWrites : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        m_other = fresh().open(domain::OpenMode::ExistingOnly);
        ASSERT_NE(m_other, nullptr);
        for (const auto* key : {"ana", "beto"}) {
            ASSERT_TRUE(write_person(database(), key, key, false, [](auto&) {}));
        }
    }
    // The same database as another server sees it.
    domain::Database& other() { return *m_other; }
    std::string name_of(const std::string& key) {
        auto found = database().find({"people", key});
        return found.people.empty() ? std::string() : found.people.front().name;
    }

private:
    std::unique_ptr<domain::Database> m_other;
};

TEST_P(ConcurrentWrites, AWriteOfAnotherRecordDoesNotWaitForOneHeldOpen) {
    Gate reading;
    Gate release;
    auto held = std::async(std::launch::async, [&] {
        return write_person(database(), "ana", "Ana Held", true,
                            [&](domain::StoredRecords& stored) {
                                stored.find({"people", "beto"});
                                reading.open();
                                release.wait();
                            });
    });
    reading.wait();

    auto beside = std::async(std::launch::async, [&] {
        return write_person(other(), "carla", "Carla", false, [](domain::StoredRecords& stored) {
            stored.find({"people", "carla"});
        });
    });
    bool finished_beside = beside.wait_for(LONG_ENOUGH) == std::future_status::ready;
    EXPECT_TRUE(finished_beside) << "a new person waited for another person's write";
    EXPECT_EQ(held.wait_for(0s), std::future_status::timeout);
    release.open();
    ASSERT_TRUE(held.get());
    ASSERT_TRUE(beside.get());
    EXPECT_EQ(name_of("ana"), "Ana Held");
    EXPECT_EQ(name_of("carla"), "Carla");
}

TEST_P(ConcurrentWrites, TwoChangesOfOneRecordTakeTurnsAndTheSecondBuildsOnTheFirst) {
    Gate reading;
    Gate release;
    auto held = std::async(std::launch::async, [&] {
        return write_person(database(), "ana", "Ana Primera", true, [&](domain::StoredRecords&) {
            reading.open();
            release.wait();
        });
    });
    reading.wait();

    std::string seen;
    auto second = std::async(std::launch::async, [&] {
        return write_person(
            other(), "ana", "Ana Segunda", true, [](domain::StoredRecords&) {}, &seen);
    });
    EXPECT_EQ(second.wait_for(1s), std::future_status::timeout)
        << "the second change of a record did not wait for the first";
    release.open();
    ASSERT_TRUE(held.get());
    ASSERT_TRUE(second.get());
    EXPECT_EQ(seen, "Ana Primera");
    EXPECT_EQ(name_of("ana"), "Ana Segunda");
}

TEST_P(ConcurrentWrites, ARecordReadByAHeldWriteCannotChangeUnderIt) {
    Gate reading;
    Gate release;
    std::string beto_seen;
    auto held = std::async(std::launch::async, [&] {
        return write_person(database(), "ana", "Ana", true, [&](domain::StoredRecords& stored) {
            reading.open();
            release.wait();
            // Read again after the other write was asked: still what it was.
            auto found = stored.find({"people", "beto"});
            beto_seen = found.people.empty() ? "" : found.people.front().name;
        });
    });
    reading.wait();
    auto change = std::async(std::launch::async, [&] {
        return write_person(other(), "beto", "Beto Cambiado", true, [](auto&) {});
    });
    // The held write has not read beto yet: the change goes ahead.
    EXPECT_EQ(change.wait_for(LONG_ENOUGH), std::future_status::ready)
        << "a change of a record the held write had not read waited for it";
    release.open();
    ASSERT_TRUE(change.get());
    ASSERT_TRUE(held.get());
    EXPECT_EQ(beto_seen, "Beto Cambiado");

    // Now one that reads beto first: a change of beto waits for it.
    Gate read_beto;
    Gate release_again;
    auto reader = std::async(std::launch::async, [&] {
        return write_person(database(), "ana", "Ana", true, [&](domain::StoredRecords& stored) {
            stored.find({"people", "beto"});
            read_beto.open();
            release_again.wait();
        });
    });
    read_beto.wait();
    auto blocked = std::async(std::launch::async, [&] {
        return write_person(other(), "beto", "Beto Otra Vez", true, [](auto&) {});
    });
    EXPECT_EQ(blocked.wait_for(1s), std::future_status::timeout)
        << "a record the held write read changed under it";
    release_again.open();
    ASSERT_TRUE(reader.get());
    ASSERT_TRUE(blocked.get());
    EXPECT_EQ(name_of("beto"), "Beto Otra Vez");
}

TEST_P(ConcurrentWrites, TwoWritesEachWaitingForTheOthersRecordBothLand) {
    // Each holds its own record and then reads the other's: PostgreSQL
    // refuses one of them (a deadlock), which is tried again alone.
    std::latch both_hold(2);
    std::atomic<int> tries{0};
    auto crossed = [&](domain::Database& database, const std::string& own,
                       const std::string& others) {
        return write_person(database, own, own + " cruzada", true,
                            [&, others](domain::StoredRecords& stored) {
                                if (++tries <= 2) {
                                    both_hold.arrive_and_wait();
                                }
                                stored.find({"people", others});
                            });
    };
    auto first = std::async(std::launch::async, [&] { return crossed(database(), "ana", "beto"); });
    auto second = std::async(std::launch::async, [&] { return crossed(other(), "beto", "ana"); });
    ASSERT_TRUE(first.get());
    ASSERT_TRUE(second.get());
    EXPECT_EQ(tries.load(), 3) << "one of the two was tried again";
    EXPECT_EQ(name_of("ana"), "ana cruzada");
    EXPECT_EQ(name_of("beto"), "beto cruzada");
}

TEST_P(ConcurrentWrites, AWriteWhoseReadsAskForEverythingIsDecidedBesideEverything) {
    // Its reads begin beside other writers and then ask for everything
    // (as a change of the institution does): it starts again alone and its
    // plan is given every stored record but the one set aside.
    int asked = 0;
    std::size_t people_seen = 0;
    std::string set_aside_seen;
    domain::RecordRef ana{"people", "ana"};
    auto written = database().write_change(
        {ana},
        [&](const domain::Dataset& stored,
            const domain::Dataset& current) -> common::Result<domain::Write> {
            people_seen = stored.people.size();
            set_aside_seen = current.people.empty() ? "" : current.people.front().name;
            domain::Write write;
            write.replaced.push_back(
                domain::Replacement{ana, only("people", std::vector{person_named("ana", "Ana")})});
            return write;
        },
        [&](domain::StoredRecords& stored,
            const domain::Dataset&) -> std::optional<domain::Dataset> {
            ++asked;
            stored.find({"people", "beto"});
            return std::nullopt;
        });
    ASSERT_TRUE(written);
    EXPECT_EQ(asked, 2) << "asked beside others, then again alone";
    EXPECT_EQ(people_seen, 1u) << "beto, not ana, who is set aside";
    EXPECT_EQ(set_aside_seen, "ana");
    EXPECT_EQ(name_of("ana"), "Ana");
}

INSTANTIATE_TEST_SUITE_P(PostgreSQL, ConcurrentWrites, ::testing::Values(Backend::Postgres),
                         backend_name);

}  // namespace
}  // namespace vincula::testing
