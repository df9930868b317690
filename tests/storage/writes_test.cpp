// write(): all or nothing, records replaced in place, removed, inserted, the
// audit log written in the same transaction; writers take turns.
#include <chrono>
#include <ctime>
#include <set>
#include <thread>

#include "backends.h"
#include "bundle/bundle.h"
#include "common/messages.h"
#include "domain/editing.h"
#include "domain/neighbourhood.h"

namespace vincula::testing {
namespace {

std::string today_utc() {
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[11];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

domain::AuditQuery limited(domain::AuditQuery query, std::size_t limit) {
    query.limit = limit;
    return query;
}

domain::AuditQuery dated(std::string from, std::string to) {
    auto query = audit_query("ana@iecm.mx");
    query.from = std::move(from);
    query.to = std::move(to);
    return query;
}

domain::Write written_people(const std::string& key) {
    domain::Write write;
    write.inserted.people.emplace_back();
    write.inserted.people.back().key = key;
    write.inserted.people.back().name = key;
    return write;
}

class Writes : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        if (!HasFatalFailure()) {
            m_demo = demo_dataset();
            ASSERT_TRUE(domain::import_dataset(database(), m_demo));
        }
    }
    domain::AuditEntry entry(std::string action, std::string array, std::string key) {
        return {"ana@iecm.mx", std::move(action), std::move(array), std::move(key), "", "{}"};
    }
    domain::Dataset m_demo;
};

TEST_P(Writes, APlanWithProblemsWritesNothingNotEvenItsAudit) {
    auto counts = database().counts();
    auto audited = database().audit({}).size();
    auto written = database().write(
        {{"convenios", m_demo.convenios[0].key}},
        [&](const domain::Dataset&) -> common::Result<domain::Write> {
            return common::field_error("people[0].key", "clave_unica", {"p1", "personas"});
        });
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().front().rule, "clave_unica");
    EXPECT_EQ(database().counts(), counts);
    EXPECT_EQ(database().audit({}).size(), audited);

    // A record set aside that is not there is named, and nothing is asked.
    bool asked = false;
    written = database().write({{"convenios", "no-existe"}}, [&](const domain::Dataset&) {
        asked = true;
        return common::Result<domain::Write>(domain::Write{});
    });
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().front().rule, "registro_inexistente");
    EXPECT_EQ(written.error().front().field, "no-existe");
    EXPECT_FALSE(asked);
}

TEST_P(Writes, AReplacedRecordKeepsItsPlaceItsNumberAndItsLists) {
    auto target = m_demo.convenios[2];
    std::int64_t before_id = 0;
    database().find({"convenios", target.key}, &before_id);
    auto changed = target;
    changed.title = "Convenio de colaboración, modificado";
    changed.counterparts.push_back(m_demo.organizations[0].key);
    auto written =
        database().write({{"convenios", target.key}}, [&](const domain::Dataset& stored) {
            // The plan sees what is stored without the record it replaces.
            EXPECT_EQ(stored.convenios.size(), m_demo.convenios.size() - 1);
            domain::Write write;
            write.replaced = {{{"convenios", target.key}, only("convenios", std::vector{changed})}};
            write.audit = {entry("modificar", "convenios", target.key)};
            return common::Result<domain::Write>(write);
        });
    ASSERT_TRUE(written) << written.error().front().message;
    auto loaded = database().load();
    ASSERT_EQ(loaded.convenios.size(), m_demo.convenios.size());
    EXPECT_EQ(loaded.convenios[2].key, target.key);
    EXPECT_EQ(loaded.convenios[2].title, changed.title);
    EXPECT_EQ(loaded.convenios[2].counterparts, changed.counterparts);
    std::int64_t after_id = 0;
    database().find({"convenios", target.key}, &after_id);
    EXPECT_EQ(after_id, before_id);
}

TEST_P(Writes, AReplacedProgrammeKeepsTheActionsOthersReferTo) {
    auto programme = m_demo.work_programmes[0];
    programme.lines[0].title = "Línea reescrita";
    auto written =
        database().write({{"work_programmes", programme.key}}, [&](const domain::Dataset&) {
            domain::Write write;
            write.replaced = {{{"work_programmes", programme.key},
                               only("work_programmes", std::vector{programme})}};
            return common::Result<domain::Write>(write);
        });
    ASSERT_TRUE(written) << written.error().front().message;
    auto loaded = database().load();
    EXPECT_EQ(bundle::write_bundle(only("work_programmes", loaded.work_programmes)),
              bundle::write_bundle(only("work_programmes", std::vector{programme})));
    EXPECT_EQ(loaded.activities.size(), m_demo.activities.size());
}

TEST_P(Writes, RemovedRecordsAreGone) {
    auto first = database().list(list_query("convenio_progress", 1));
    ASSERT_EQ(first.ids.size(), 1u);
    auto number = std::to_string(first.ids[0]);
    auto written = database().write({{"convenio_progress", number}}, [&](const domain::Dataset&) {
        domain::Write write;
        write.removed = {{"convenio_progress", number}};
        write.audit = {entry("eliminar", "convenio_progress", number)};
        return common::Result<domain::Write>(write);
    });
    ASSERT_TRUE(written) << written.error().front().message;
    EXPECT_EQ(domain::record_count(database().find({"convenio_progress", number})), 0u);
    EXPECT_EQ(database().load().convenio_progress.size(), m_demo.convenio_progress.size() - 1);
}

TEST_P(Writes, AuditEntriesAreWrittenWithTheirWriteAndFound) {
    domain::ConvenioProgress progress = m_demo.convenio_progress[0];
    progress.text = "Avance nuevo";
    domain::Person person;
    person.key = "p-nueva";
    person.name = "Persona Nueva";
    auto written = database().write({}, [&](const domain::Dataset&) {
        domain::Write write;
        write.inserted.people = {person};
        write.inserted.convenio_progress = {progress};
        write.audit = {entry("crear", "people", "p-nueva"),
                       entry("crear", "convenio_progress", "")};
        return common::Result<domain::Write>(write);
    });
    ASSERT_TRUE(written) << written.error().front().message;
    ASSERT_EQ(written->size(), 2u);
    auto newest = database().audit(limited(audit_query(""), 2));
    ASSERT_EQ(newest.size(), 2u);
    // Newest first; a keyless record's entry names the number it was given.
    EXPECT_EQ(newest[0].entry.array, "convenio_progress");
    EXPECT_EQ(newest[0].entry.key, std::to_string(written->back()));
    EXPECT_EQ(newest[1].entry.key, "p-nueva");
    EXPECT_EQ(newest[1].entry.actor, "ana@iecm.mx");
    EXPECT_EQ(newest[1].entry.before, "");
    EXPECT_EQ(newest[1].entry.after, "{}");
    EXPECT_GT(newest[0].id, newest[1].id);
    EXPECT_EQ(newest[0].at.substr(0, 10), today_utc());
    EXPECT_EQ(newest[0].at.back(), 'Z');

    EXPECT_EQ(database().audit(audit_query("", "people")).size(), 1u);
    EXPECT_EQ(database().audit(audit_query("", "people", "otra")).size(), 0u);
    EXPECT_EQ(database().audit(audit_query("ana@iecm.mx")).size(), 2u);
    EXPECT_EQ(database().audit(dated(today_utc(), today_utc())).size(), 2u);
    EXPECT_EQ(database().audit(dated("", "2000-01-01")).size(), 0u);
    EXPECT_EQ(database().audit(dated("2999-01-01", "")).size(), 0u);
    auto before_newest = audit_query("ana@iecm.mx");
    before_newest.before_id = newest[0].id;
    auto older = database().audit(before_newest);
    ASSERT_EQ(older.size(), 1u);
    EXPECT_EQ(older[0].id, newest[1].id);
}

TEST_P(Writes, TheAuditLogRefusesToBeChangedOrErased) {
    auto before = database().audit({});
    ASSERT_FALSE(before.empty());  // the import's entry
    EXPECT_ANY_THROW(fresh().execute("UPDATE audit_log SET actor = 'nadie'"));
    EXPECT_ANY_THROW(fresh().execute("DELETE FROM audit_log"));
    auto after = database().audit({});
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after[0].entry.actor, before[0].entry.actor);
}

// Two servers adding people at once, each naming the next by counting what
// is stored: writes take turns, so no key is given twice.
TEST_P(Writes, ConcurrentWritersNeverGiveTheSameKeyTwice) {
    constexpr int WRITES = 8;
    auto add_people = [&](domain::Database& store, std::string& failure) {
        try {
            for (int i = 0; i < WRITES; ++i) {
                auto written = store.write({}, [](const domain::Dataset& stored) {
                    auto key = "persona-nueva-" + std::to_string(stored.people.size() + 1);
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                    return common::Result<domain::Write>(written_people(key));
                });
                if (!written) {
                    failure = written.error().front().message;
                }
            }
        } catch (const std::exception& error) {
            failure = error.what();
        }
    };
    auto other = fresh().open(domain::OpenMode::ExistingOnly);
    std::string first_failure;
    std::string second_failure;
    std::thread first([&] { add_people(database(), first_failure); });
    std::thread second([&] { add_people(*other, second_failure); });
    first.join();
    second.join();
    EXPECT_EQ(first_failure, "");
    EXPECT_EQ(second_failure, "");
    auto people = database().load().people;
    EXPECT_EQ(people.size(), m_demo.people.size() + 2 * WRITES);
    std::set<std::string> keys;
    for (const auto& person : people) {
        keys.insert(person.key);
    }
    EXPECT_EQ(keys.size(), people.size());
}

// A change checked beside its neighbourhood, as the API checks one: the
// store answers its questions inside the write transaction, without the
// record the change replaces; what the rules find there is what they find
// beside everything.
common::Result<std::vector<std::int64_t>> write_beside_neighbourhood(
    domain::Database& database, const domain::Dataset& incoming,
    const std::vector<domain::RecordRef>& set_aside, std::size_t* stored_count = nullptr) {
    return database.write_change(
        set_aside,
        [&](const domain::Dataset& stored,
            const domain::Dataset& current) -> common::Result<domain::Write> {
            if (stored_count != nullptr) {
                *stored_count = domain::record_count(stored);
            }
            auto problems = domain::problems_of_new_record(stored, incoming);
            if (!problems.empty()) {
                return problems;
            }
            EXPECT_EQ(domain::record_count(current), set_aside.size());
            domain::Write write;
            if (set_aside.empty()) {
                write.inserted = incoming;
            } else {
                write.replaced.push_back(domain::Replacement{set_aside.front(), incoming});
            }
            return write;
        },
        [&](domain::StoredRecords& stored, const domain::Dataset&) {
            return domain::neighbourhood(stored, incoming);
        });
}

TEST_P(Writes, AChangeCheckedBesideItsNeighbourhoodFindsWhatItWouldBesideEverything) {
    // A convenio replaced: its own stored version is set aside, so its key
    // is not taken; it reads a handful of records, not the demo's hundreds.
    auto convenio = m_demo.convenios[1];
    convenio.title = "Convenio con título nuevo";
    std::size_t read = 0;
    auto replaced = write_beside_neighbourhood(database(), only("convenios", std::vector{convenio}),
                                               {{"convenios", convenio.key}}, &read);
    ASSERT_TRUE(replaced) << replaced.error().front().message;
    EXPECT_LT(read, 20u);
    EXPECT_EQ(database().find({"convenios", convenio.key}).convenios.front().title,
              "Convenio con título nuevo");

    // A person whose key is taken, a session whose number is taken, progress
    // on a convenio that does not exist: each refused by its rule.
    auto counts = database().counts();
    auto person = m_demo.people[0];
    auto taken = write_beside_neighbourhood(database(), only("people", std::vector{person}), {});
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().front().rule, "clave_existente");

    auto session = m_demo.sessions[0];
    session.key = "repetida";
    auto numbered =
        write_beside_neighbourhood(database(), only("sessions", std::vector{session}), {});
    ASSERT_FALSE(numbered);
    EXPECT_EQ(numbered.error().front().rule, "numero_sesion_unico");

    domain::ConvenioProgress progress;
    progress.convenio = "no-existe";
    progress.session = m_demo.sessions[0].key;
    progress.text = "Avance";
    auto dangling = write_beside_neighbourhood(
        database(), only("convenio_progress", std::vector{progress}), {});
    ASSERT_FALSE(dangling);
    EXPECT_EQ(dangling.error().front().field, "convenio");
    EXPECT_EQ(database().counts(), counts) << "a refused change writes nothing";
}

VINCULA_ON_EVERY_BACKEND(Writes);

}  // namespace
}  // namespace vincula::testing
