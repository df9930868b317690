// What a write reads does not grow with the database: the same changes,
// checked as the API checks them (their neighbourhood asked of the store),
// touch about as many pages of a database thirty times larger, while a
// write that reads everything touches many times more (nine, measured).
#include <algorithm>
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include "common/messages.h"
#include "domain/editing.h"
#include "domain/neighbourhood.h"
#include "storage/sqlite/sqlite_store.h"
#include "synth/synthetic.h"

namespace vincula::storage::sqlite {
namespace {

struct Database {
    std::string path;
    std::unique_ptr<SqliteStore> store;
    domain::Dataset data;

    ~Database() {
        store.reset();
        for (auto suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix);
        }
    }
};

std::unique_ptr<Database> database_of(const std::string& name, synth::SyntheticShape shape) {
    auto opened = std::make_unique<Database>();
    opened->path = (std::filesystem::temp_directory_path() /
                    ("vincula-" + name + "-" + std::to_string(::getpid()) + ".sqlite"))
                       .string();
    std::filesystem::remove(opened->path);
    auto store = SqliteStore::open(opened->path, OpenMode::CreateOrUpgrade);
    EXPECT_TRUE(store);
    opened->store = std::move(*store);
    opened->data = synth::make_synthetic(shape);
    EXPECT_TRUE(domain::import_dataset(*opened->store, opened->data));
    return opened;
}

// Pages of the file the connection read (from its cache or the disk)
// since the last call.
int pages_read(SqliteStore& store) {
    int hits = 0;
    int misses = 0;
    int highest = 0;
    sqlite3_db_status(store.database().getHandle(), SQLITE_DBSTATUS_CACHE_HIT, &hits, &highest, 1);
    sqlite3_db_status(store.database().getHandle(), SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest,
                      1);
    return hits + misses;
}

// A change checked as the API checks it: its problems beside what `stored`
// holds; its neighbourhood asked of the store unless `everything`.
int pages_to_write(SqliteStore& store, const domain::Dataset& incoming,
                   const std::vector<domain::RecordRef>& set_aside, bool everything) {
    domain::ChangeReads reads;
    if (!everything) {
        reads = [&](domain::StoredRecords& stored, const domain::Dataset&) {
            return domain::neighbourhood(stored, incoming);
        };
    }
    pages_read(store);
    auto written = store.write_change(
        set_aside,
        [&](const domain::Dataset& stored,
            const domain::Dataset&) -> common::Result<domain::Write> {
            auto problems = domain::problems_of_new_record(stored, incoming);
            if (!problems.empty()) {
                return problems;
            }
            domain::Write write;
            if (set_aside.empty()) {
                write.inserted = incoming;
            } else {
                write.replaced.push_back(domain::Replacement{set_aside.front(), incoming});
            }
            return write;
        },
        reads);
    EXPECT_TRUE(written) << (written ? "" : written.error().front().message);
    return pages_read(store);
}

// Removing a record as the API removes one: refused while others name it;
// what it names asked of the store unless `everything`.
int pages_to_remove(SqliteStore& store, const domain::RecordRef& ref, bool everything,
                    bool held = false) {
    domain::ChangeReads reads;
    if (!everything) {
        reads = [&](domain::StoredRecords& stored, const domain::Dataset& current) {
            return domain::removal_neighbourhood(stored, ref.array, current);
        };
    }
    pages_read(store);
    auto written = store.write_change(
        {ref},
        [&](const domain::Dataset& stored,
            const domain::Dataset&) -> common::Result<domain::Write> {
            if (!domain::referrers(stored, ref.array, ref.key).empty()) {
                return common::FieldErrors{
                    common::field_error("", "registro_referido", {ref.array, ref.key, ""})};
            }
            domain::Write write;
            write.removed.push_back(ref);
            return write;
        },
        reads);
    if (held) {
        EXPECT_FALSE(written) << ref.array << " " << ref.key << " is named by others";
    } else {
        EXPECT_TRUE(written) << (written ? "" : written.error().front().message);
    }
    return pages_read(store);
}

struct Changes {
    domain::Dataset person;
    domain::Dataset session;
    domain::Dataset progress;
    domain::Dataset convenio;
    domain::RecordRef convenio_ref;
    domain::Dataset agreement;
    domain::Dataset vote;
    domain::Dataset follow_up;
    domain::Dataset observation;
    domain::Dataset programme;
    domain::Dataset mailing;
    domain::Dataset juror;
    domain::Dataset criterion;
    domain::Dataset score;
};

// The same kinds of change on any synthetic database: a new person, the
// next session of the first commission, progress on its first convenio,
// the first convenio retitled, one more agreement in the session of the
// last one adopted (its code follows its series and year), and the others
// below.
Changes changes_for(const domain::Dataset& data, const std::string& tag) {
    Changes changes;
    domain::Person person;
    person.key = "persona-" + tag;
    person.name = "Persona de Prueba";
    changes.person.people.push_back(person);

    auto session = data.sessions.front();
    session.key = "nueva-" + tag;
    session.number = 40;
    session.status = domain::SessionStatus::Scheduled;
    changes.session.sessions.push_back(session);

    domain::ConvenioProgress progress;
    progress.convenio = data.convenios.front().key;
    progress.session = data.sessions.front().key;
    progress.text = "Se revisó el proyecto.";
    changes.progress.convenio_progress.push_back(progress);

    auto convenio = data.convenios.front();
    convenio.title = "Convenio retitulado " + tag;
    changes.convenio.convenios.push_back(convenio);
    changes.convenio_ref = domain::RecordRef{"convenios", convenio.key};

    // The last agreement adopted, so that the next code follows in its session.
    auto adopted =
        std::find_if(data.agreements.rbegin(), data.agreements.rend(),
                     [](const auto& agreement) { return agreement.session.has_value(); });
    EXPECT_NE(adopted, data.agreements.rend());
    auto agreement = *adopted;
    auto code = domain::next_agreement_code(data, *agreement.session);
    EXPECT_TRUE(code);
    agreement.code = code.value_or("");
    agreement.title = "Acuerdo de prueba " + tag;
    agreement.minutes_of.reset();
    changes.agreement.agreements.push_back(agreement);

    // A unanimous vote and a follow-up for an agreement that has neither.
    for (auto it = data.agreements.rbegin(); it != data.agreements.rend(); ++it) {
        auto named = [&](const auto& records) {
            return std::any_of(records.begin(), records.end(),
                               [&](const auto& record) { return record.agreement == it->code; });
        };
        if (!it->session || named(data.votes) || named(data.agreement_follow_ups)) {
            continue;
        }
        domain::Vote vote;
        vote.agreement = it->code;
        vote.unanimous = true;
        changes.vote.votes.push_back(vote);
        domain::AgreementFollowUp follow_up;
        follow_up.agreement = it->code;
        follow_up.instruction = "Publicar el informe en el portal.";
        follow_up.areas = {data.areas.front().key};
        changes.follow_up.agreement_follow_ups.push_back(follow_up);
        break;
    }
    EXPECT_FALSE(changes.vote.votes.empty());
    // An observation to the first session's minuta by one of its seats.
    const auto& held = data.sessions.front();
    for (const auto& seat : data.memberships) {
        if (seat.commission == held.commission && seat.valid_on(held.date)) {
            domain::MinutesObservation observation;
            observation.key = "observacion-" + tag;
            observation.session = held.key;
            observation.membership = seat.key;
            observation.date = held.date.plus_days(3);
            observation.text = "Corregir el nombre de la persona invitada.";
            changes.observation.minutes_observations.push_back(observation);
            break;
        }
    }
    EXPECT_FALSE(changes.observation.minutes_observations.empty());

    // The first commission's programme for a year of its own, a mailing to
    // a network, and in the last contest a juror, a criterion of its
    // rubric, and a score of a validated work by that criterion (written
    // after the criterion).
    auto programme = data.work_programmes.front();
    programme.key = "pat-" + tag;
    programme.year = 2090;
    changes.programme.work_programmes.push_back(programme);
    auto mailing = data.mailings.front();
    mailing.subject = "Envío de prueba " + tag;
    changes.mailing.mailings.push_back(mailing);
    const auto& contest = data.contests.back();
    changes.juror.jurors.push_back(domain::Juror{"jurado-" + tag, contest.key, "Jurado Nuevo"});
    changes.criterion.rubric.push_back(domain::RubricCriterion{contest.key, "Guion " + tag, 1.0});
    for (const auto& score : data.scores) {
        auto entry = std::find_if(data.registrations.begin(), data.registrations.end(),
                                  [&](const auto& r) { return r.key == score.registration; });
        if (entry != data.registrations.end() && entry->contest == contest.key) {
            changes.score.scores.push_back(
                domain::Score{score.juror, score.registration, "Guion " + tag, 8.0});
            break;
        }
    }
    EXPECT_FALSE(changes.score.scores.empty());
    return changes;
}

TEST(WriteNeighbourhood, AWriteReadsAboutAsMuchBesideThirtyTimesMoreRecords) {
    auto small = database_of("pequena", {.years = 1, .commissions = 1, .first_year = 2020});
    auto large = database_of("grande", {.years = 5, .commissions = 6, .first_year = 2016});
    ASSERT_GE(domain::record_count(large->data), 25 * domain::record_count(small->data));

    for (auto* database : {small.get(), large.get()}) {
        // Statements are prepared on first use: warm both alike.
        auto warm = changes_for(database->data, "calentar");
        pages_to_write(*database->store, warm.person, {}, false);
    }
    auto on_small = changes_for(small->data, "a");
    auto on_large = changes_for(large->data, "a");
    struct Kind {
        const char* name;
        domain::Dataset Changes::*change;
        bool set_aside;
    };
    for (auto kind :
         {Kind{"persona", &Changes::person, false}, Kind{"sesión", &Changes::session, false},
          Kind{"avance", &Changes::progress, false},
          Kind{"convenio modificado", &Changes::convenio, true},
          Kind{"acuerdo", &Changes::agreement, false}, Kind{"voto", &Changes::vote, false},
          Kind{"seguimiento", &Changes::follow_up, false},
          Kind{"observación a la minuta", &Changes::observation, false},
          Kind{"programa de trabajo", &Changes::programme, false},
          Kind{"envío", &Changes::mailing, false}, Kind{"jurado", &Changes::juror, false},
          Kind{"criterio de la rúbrica", &Changes::criterion, false},
          Kind{"calificación", &Changes::score, false}}) {
        auto set_aside_small =
            kind.set_aside ? std::vector{on_small.convenio_ref} : std::vector<domain::RecordRef>{};
        auto set_aside_large =
            kind.set_aside ? std::vector{on_large.convenio_ref} : std::vector<domain::RecordRef>{};
        auto pages_small =
            pages_to_write(*small->store, on_small.*kind.change, set_aside_small, false);
        auto pages_large =
            pages_to_write(*large->store, on_large.*kind.change, set_aside_large, false);
        std::cout << kind.name << ": " << pages_small << " páginas / " << pages_large << "\n";
        EXPECT_LE(pages_large, 2 * pages_small + 20) << kind.name;
    }

    // Removing an observation to a minuta (nothing may name one) reads what
    // it names.
    auto observation_of = [](const domain::Dataset& data, std::size_t from_end) {
        const auto& observations = data.minutes_observations;
        return domain::RecordRef{"minutes_observations",
                                 observations[observations.size() - from_end].key};
    };
    auto removed_small = pages_to_remove(*small->store, observation_of(small->data, 1), false);
    auto removed_large = pages_to_remove(*large->store, observation_of(large->data, 1), false);
    std::cout << "observación borrada: " << removed_small << " páginas / " << removed_large << "\n";
    EXPECT_LE(removed_large, 2 * removed_small + 20);
    auto whole_removed_small = pages_to_remove(*small->store, observation_of(small->data, 2), true);
    auto whole_removed_large = pages_to_remove(*large->store, observation_of(large->data, 2), true);
    std::cout << "observación borrada, leyendo todo: " << whole_removed_small << " páginas / "
              << whole_removed_large << "\n";
    EXPECT_GE(whole_removed_large, 5 * whole_removed_small);

    // Removing a session, a record others may name: who names it (its
    // agenda, agreements, progress, documents…) is asked of the store, field
    // by field; the new one goes, a held one stays.
    auto session_small = pages_to_remove(
        *small->store, domain::RecordRef{"sessions", on_small.session.sessions.front().key}, false);
    auto session_large = pages_to_remove(
        *large->store, domain::RecordRef{"sessions", on_large.session.sessions.front().key}, false);
    std::cout << "sesión borrada: " << session_small << " páginas / " << session_large << "\n";
    EXPECT_LE(session_large, 2 * session_small + 20);
    auto held_small = pages_to_remove(
        *small->store, domain::RecordRef{"sessions", small->data.sessions.front().key}, false,
        true);
    auto held_large = pages_to_remove(
        *large->store, domain::RecordRef{"sessions", large->data.sessions.front().key}, false,
        true);
    std::cout << "sesión con acuerdos, no borrada: " << held_small << " páginas / " << held_large
              << "\n";
    EXPECT_LE(held_large, 2 * held_small + 20);
    // A person may also be named inside an activity's participants: the
    // store gives the activities whose participants' text holds the key
    // (a scan of that column), domain code looks into them.
    auto person_small = pages_to_remove(
        *small->store, domain::RecordRef{"people", on_small.person.people.front().key}, false);
    auto person_large = pages_to_remove(
        *large->store, domain::RecordRef{"people", on_large.person.people.front().key}, false);
    std::cout << "persona borrada: " << person_small << " páginas / " << person_large << "\n";
    EXPECT_LE(person_large, 400) << "a part of what reading everything reads (792 measured)";

    // The same check reading everything grows with the database.
    auto again_small = changes_for(small->data, "b");
    auto again_large = changes_for(large->data, "b");
    auto whole_small = pages_to_write(*small->store, again_small.person, {}, true);
    auto whole_large = pages_to_write(*large->store, again_large.person, {}, true);
    std::cout << "persona, leyendo todo: " << whole_small << " páginas / " << whole_large << "\n";
    EXPECT_GE(whole_large, 5 * whole_small);
}

}  // namespace
}  // namespace vincula::storage::sqlite
