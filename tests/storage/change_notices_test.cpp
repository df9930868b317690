// PostgreSQL's read cache: every server keeps its most repeated answers
// until it hears of a change, from its own commits at once and from any
// other server's by the notice the tables' triggers send. These tests
// change the database behind the store's back, as another server would,
// and turn the triggers off where they must show that the cache is really
// answering (and so that only the path under test can tell it).
#include <chrono>
#include <thread>

#include <pqxx/pqxx>

#include "backends.h"

namespace vincula::testing {
namespace {

using namespace std::chrono_literals;

const std::string CONVENIO = "c-jce";

class ChangeNotices : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        if (!HasFatalFailure()) {
            ASSERT_TRUE(domain::import_dataset(database(), demo_dataset()));
            // The import's own notices arrive after its commit: let them
            // come before the tests look at what the cache holds.
            std::this_thread::sleep_for(300ms);
            title_of(database());
        }
    }

    std::string title_of(domain::Database& store) {
        auto found = store.find(domain::RecordRef{"convenios", CONVENIO});
        return found.convenios.empty() ? "(no existe)" : found.convenios.front().title.value_or("");
    }

    // A change no trigger tells of: nothing but the path under test can
    // make the store see it.
    void change_title_silently(const std::string& title) {
        fresh().execute(
            "ALTER TABLE convenios DISABLE TRIGGER vincula_change_notice; "
            "UPDATE convenios SET title = '" +
            title + "' WHERE key = '" + CONVENIO +
            "'; ALTER TABLE convenios ENABLE TRIGGER vincula_change_notice;");
    }

    // Whether the store shows `title` within five seconds.
    bool shows_within_seconds(domain::Database& store, const std::string& title) {
        auto until = std::chrono::steady_clock::now() + 5s;
        while (std::chrono::steady_clock::now() < until) {
            if (title_of(store) == title) {
                return true;
            }
            std::this_thread::sleep_for(5ms);
        }
        return false;
    }
};

TEST_P(ChangeNotices, EveryTableTellsOfItsChanges) {
    pqxx::connection connection(fresh().location());
    pqxx::read_transaction transaction(connection);
    auto tables =
        transaction.exec1("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()")[0]
            .as<int>();
    EXPECT_GT(tables, 20);
    auto silent = transaction.exec(
        "SELECT t.tablename FROM pg_tables t WHERE t.schemaname = current_schema() AND NOT "
        "EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgname = 'vincula_change_notice' AND "
        "g.tgrelid = format('%I.%I', t.schemaname, t.tablename)::regclass)");
    for (const auto& row : silent) {
        ADD_FAILURE() << "la tabla " << row[0].c_str()
                      << " no avisa de sus cambios: dele el trigger vincula_change_notice "
                         "(migrations/postgres/0018_change_notices.sql)";
    }
}

TEST_P(ChangeNotices, AnotherServersChangeIsSeenOnceItsNoticeArrives) {
    auto before = title_of(database());
    change_title_silently("Cambio sin aviso");
    EXPECT_EQ(title_of(database()), before) << "the cache answers until it hears of a change";

    fresh().execute("UPDATE convenios SET title = 'Cambio con aviso' WHERE key = '" + CONVENIO +
                    "'");
    EXPECT_TRUE(shows_within_seconds(database(), "Cambio con aviso"));
}

TEST_P(ChangeNotices, AnotherServersChangeOfOtherTablesLeavesTheConveniosKept) {
    // After the import's own commit the counts start again: one notice
    // heard sets them.
    fresh().execute("UPDATE areas SET name = name WHERE false");
    std::this_thread::sleep_for(300ms);
    auto before = title_of(database());
    ASSERT_EQ(title_of(database()), before);

    change_title_silently("Cambio sin aviso");
    fresh().execute(
        "UPDATE people SET name = name || ' Cambiada' WHERE key = (SELECT MIN(key) FROM people)");
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(title_of(database()), before)
        << "a notice of people must not empty the cache of convenios";
    fresh().execute(
        "UPDATE convenios__counterparts SET position = position WHERE owner_id = (SELECT id FROM "
        "convenios WHERE key = '" +
        CONVENIO + "')");
    EXPECT_TRUE(shows_within_seconds(database(), "Cambio sin aviso"))
        << "a notice of a convenio's counterparts forgets the convenios";
}

TEST_P(ChangeNotices, AChangeOfThisProcessIsSeenAtOnceWithoutItsNotice) {
    auto absent = database().find(domain::RecordRef{"people", "p-recien-llegada"});
    ASSERT_TRUE(absent.people.empty());
    auto other_server = fresh().open(domain::OpenMode::ExistingOnly);
    fresh().execute("ALTER TABLE people DISABLE TRIGGER vincula_change_notice");
    auto written = other_server->write({}, [](const domain::Dataset&) {
        domain::Write write;
        write.inserted.people.emplace_back();
        write.inserted.people.back().key = "p-recien-llegada";
        write.inserted.people.back().name = "Recién Llegada";
        return common::Result<domain::Write>(write);
    });
    fresh().execute("ALTER TABLE people ENABLE TRIGGER vincula_change_notice");
    ASSERT_TRUE(written);
    EXPECT_EQ(database().find(domain::RecordRef{"people", "p-recien-llegada"}).people.size(), 1u);
}

TEST_P(ChangeNotices, WhileDeafItReadsEverythingAndListensAgainAfter) {
    fresh().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
        "current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    change_title_silently("Cambio mientras no escucha");
    EXPECT_TRUE(shows_within_seconds(database(), "Cambio mientras no escucha"))
        << "a listener that lost its connection must not let the cache answer";

    // It listens again within a second or so; then the cache answers again.
    std::this_thread::sleep_for(1500ms);
    title_of(database());
    std::this_thread::sleep_for(300ms);
    title_of(database());
    change_title_silently("Otro cambio sin aviso");
    EXPECT_EQ(title_of(database()), "Cambio mientras no escucha");
    fresh().execute("UPDATE convenios SET title = 'Cambio con aviso' WHERE key = '" + CONVENIO +
                    "'");
    EXPECT_TRUE(shows_within_seconds(database(), "Cambio con aviso"));
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(PostgreSQL, ChangeNotices, ::testing::Values(Backend::Postgres),
                         backend_name);

}  // namespace vincula::testing
