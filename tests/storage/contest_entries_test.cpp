// The contest's writes on both backends: works' files kept byte for byte,
// public entries numbered without gaps and refused without a trace, the
// public's registration confirmed by e-mail before any file (once per link,
// a bounded share per address, a bound on files awaiting review), jurors
// assigned to a work, and a juror's scores replaced as a whole.
#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "api/contest_entries.h"
#include "backends.h"

namespace vincula::testing {
namespace {

using common::Date;

class ContestEntries : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        domain::Dataset data;
        domain::Contest contest;
        contest.key = "vff9";
        contest.name = "Vota Film Fest";
        contest.edition = 9;
        contest.registration_open = *Date::parse_iso("2026-11-01");
        contest.registration_close = *Date::parse_iso("2026-11-30");
        contest.categories = {{"jov", "De 18 a 29 años", 18, 29}};
        data.contests = {contest};
        data.jurors = {{"j1", "vff9", "Primera"}, {"j2", "vff9", "Segundo"}};
        data.rubric = {{"vff9", "Creatividad", 1.0}};
        auto imported = domain::import_dataset(database(), data);
        ASSERT_TRUE(imported) << imported.error().front().message;
    }

    static nlohmann::json entry(const char* name) {
        return {{"name", name},
                {"email", "persona@example.org"},
                {"birth_date", "2000-01-01"},
                {"gender", "F"},
                {"residence", "cdmx"},
                {"privacy_accepted", true},
                {"work", {{"title", "Obra"}, {"link", "https://video.example/obra"}}}};
    }

    static common::LocalMoment during_registration() {
        return {*Date::parse_iso("2026-11-25"), common::TimeOfDay::from_hm(12, 0)};
    }

    // The secret of a request sent by `name` without a link (the file is
    // to come), from 10.0.0.1; empty, with a failure, if it is refused.
    std::string request_without_link(const char* name, const api::ContestLimits& limits) {
        auto fields = entry(name);
        fields["work"].erase("link");
        auto secret = api::request_entry(database(), "vff9", fields, "10.0.0.1",
                                         during_registration(), limits);
        EXPECT_TRUE(secret) << secret.error().front().message;
        return secret ? *secret : std::string();
    }

    std::size_t entries() {
        auto counts = database().counts();
        for (const auto& [array, count] : counts) {
            if (array == "registrations") {
                return count;
            }
        }
        return 0;
    }
};

TEST_P(ContestEntries, AWorksFileComesBackByteForByte) {
    std::string bytes(
        "\x00\x00\x00\x18"
        "ftypisom\xff\xfe\x00\x01",
        16);
    bytes += std::string(70000, '\x80');
    auto id = database().store_work_file({"corto.mp4", "video/mp4", bytes});
    auto file = database().work_file(id);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->name, "corto.mp4");
    EXPECT_EQ(file->media_type, "video/mp4");
    EXPECT_EQ(file->content, bytes);
    database().remove_work_file(id);
    EXPECT_FALSE(database().work_file(id));
    EXPECT_FALSE(database().work_file("no-es-un-numero"));
}

TEST_P(ContestEntries, PublicEntriesGetConsecutiveFoliosAndRefusalsLeaveNothing) {
    auto first =
        api::register_entry(database(), "vff9", entry("Ana"), std::nullopt, during_registration());
    ASSERT_TRUE(first) << first.error().front().message;
    EXPECT_EQ(first->folio, "VFF9-0001");
    EXPECT_EQ(first->key, "vff9-0001");

    // Refused (no privacy notice) with its file: neither the entry nor the
    // file stays, and the next folio is still the second.
    auto refused_entry = entry("Beto");
    refused_entry["privacy_accepted"] = false;
    auto refused =
        api::register_entry(database(), "vff9", refused_entry,
                            domain::WorkFile{"b.mp4", "video/mp4", "bytes"}, during_registration());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().front().rule, "aviso_privacidad");
    EXPECT_FALSE(database().work_file("2"));
    EXPECT_FALSE(database().work_file("1"));
    EXPECT_EQ(entries(), 1u);

    auto second =
        api::register_entry(database(), "vff9", entry("Carla"),
                            domain::WorkFile{"c.mp4", "video/mp4", "video"}, during_registration());
    ASSERT_TRUE(second) << second.error().front().message;
    EXPECT_EQ(second->folio, "VFF9-0002");
    ASSERT_TRUE(second->work && second->work->file);
    EXPECT_EQ(database().work_file(*second->work->file)->content, "video");
    auto audited = database().audit(audit_query("público", "registrations"));
    ASSERT_EQ(audited.size(), 2u);
    EXPECT_EQ(audited[0].entry.action, "inscribir");
}

// Folios asked of the store, not read from everything: an entry of the
// contest imported with a folio the count reaches, and an entry of another
// contest whose key is the next folio's, are both skipped.
TEST_P(ContestEntries, AFolioTakenByAnImportedEntryOfAnyContestIsSkipped) {
    domain::Dataset imported;
    domain::Contest other;
    other.key = "otro";
    other.name = "Otro concurso";
    other.edition = 1;
    other.registration_open = *Date::parse_iso("2026-11-01");
    other.registration_close = *Date::parse_iso("2026-11-30");
    imported.contests = {other};
    auto entry_of = [](const std::string& contest, const std::string& key,
                       std::optional<std::string> folio) {
        domain::Registration entry;
        entry.key = key;
        entry.contest = contest;
        entry.folio = std::move(folio);
        entry.name = "Persona Importada";
        entry.birth_date = *Date::parse_iso("2000-01-01");
        entry.privacy_accepted = true;
        return entry;
    };
    imported.registrations = {entry_of("vff9", "importada", "VFF9-0002"),
                              entry_of("otro", "vff9-0003", std::nullopt)};
    auto written = domain::import_dataset(database(), imported);
    ASSERT_TRUE(written) << written.error().front().message;

    auto next =
        api::register_entry(database(), "vff9", entry("Ana"), std::nullopt, during_registration());
    ASSERT_TRUE(next) << next.error().front().message;
    EXPECT_EQ(next->folio, "VFF9-0004");
    EXPECT_EQ(next->key, "vff9-0004");
    auto then =
        api::register_entry(database(), "vff9", entry("Beto"), std::nullopt, during_registration());
    ASSERT_TRUE(then) << then.error().front().message;
    EXPECT_EQ(then->folio, "VFF9-0005");
    // The first step, checked the same way, finds nothing wrong either.
    auto secret = api::request_entry(database(), "vff9", entry("Carla"), "10.0.0.9",
                                     during_registration(), api::ContestLimits{});
    EXPECT_TRUE(secret) << secret.error().front().message;
}

TEST_P(ContestEntries, AssignedJurorsScoreAndTheirScoresAreReplacedAsAWhole) {
    ASSERT_TRUE(
        api::register_entry(database(), "vff9", entry("Ana"), std::nullopt, during_registration()));
    auto stored = database().find(domain::RecordRef{"registrations", "vff9-0001"});
    ASSERT_EQ(stored.registrations.size(), 1u);
    auto validated = stored.registrations.front();
    validated.status = domain::RegistrationStatus::Validated;
    validated.jurors = {"j1"};
    domain::Dataset replacement;
    replacement.registrations = {validated};
    auto written =
        database().write({domain::RecordRef{"registrations", "vff9-0001"}},
                         [&](const domain::Dataset&) -> common::Result<domain::Write> {
                             domain::Write write;
                             write.replaced.push_back(
                                 {domain::RecordRef{"registrations", "vff9-0001"}, replacement});
                             return write;
                         });
    ASSERT_TRUE(written);
    auto found = database().find(domain::RecordRef{"registrations", "vff9-0001"});
    EXPECT_EQ(found.registrations.front().jurors, std::vector<std::string>{"j1"});

    domain::User juror{
        0, "j1@example.org", "Primera", domain::Role::Juror, std::nullopt, "j1", "", true};
    api::Caller caller{juror, "local"};
    ASSERT_TRUE(api::save_scores(database(), caller, "vff9-0001", {{"Creatividad", 7}}));
    ASSERT_TRUE(api::save_scores(database(), caller, "vff9-0001", {{"Creatividad", 9.5}}));
    auto scores = database().load().scores;
    ASSERT_EQ(scores.size(), 1u);
    EXPECT_DOUBLE_EQ(scores.front().score, 9.5);

    domain::User other{
        0, "j2@example.org", "Segundo", domain::Role::Juror, std::nullopt, "j2", "", true};
    auto refused = api::save_scores(database(), api::Caller{other, "local"}, "vff9-0001",
                                    {{"Creatividad", 1}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().front().rule, "obra_no_asignada");
    EXPECT_EQ(database().load().scores.size(), 1u);
}

std::string video(std::size_t size) {
    std::string bytes(
        "\x00\x00\x00\x18"
        "ftypisom",
        12);
    bytes.resize(size, '\x07');
    return bytes;
}

TEST_P(ContestEntries, ARegistrationWaitsForItsEmailThenTakesTheFileOnce) {
    api::ContestLimits limits;
    auto secret = request_without_link("Ana", limits);
    ASSERT_FALSE(secret.empty());
    EXPECT_EQ(entries(), 0u);  // nothing is an entry before the e-mail is confirmed
    ASSERT_TRUE(api::entry_request(database(), secret));
    EXPECT_FALSE(api::entry_request(database(), "otro-secreto"));

    // Neither file nor link: refused, nothing written, the link still works.
    auto refused =
        api::confirm_entry(database(), secret, std::nullopt, "", during_registration(), limits);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().front().rule, "obra_archivo_o_enlace");
    EXPECT_EQ(entries(), 0u);
    ASSERT_TRUE(api::entry_request(database(), secret));

    auto registered = api::confirm_entry(database(), secret,
                                         domain::WorkFile{"obra.mp4", "video/mp4", video(5000)}, "",
                                         during_registration(), limits);
    ASSERT_TRUE(registered) << registered.error().front().message;
    EXPECT_EQ(registered->folio, "VFF9-0001");
    EXPECT_EQ(registered->name, "Ana");
    ASSERT_TRUE(registered->work && registered->work->file_size);
    EXPECT_EQ(*registered->work->file_size, 5000);
    EXPECT_EQ(entries(), 1u);

    // The link works once.
    auto again = api::confirm_entry(database(), secret, std::nullopt, "https://video.example/x",
                                    during_registration(), limits);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().front().rule, "enlace_confirmacion");
    EXPECT_EQ(entries(), 1u);
}

TEST_P(ContestEntries, WhatARegistrationLacksIsSaidBeforeAnyMailAndNothingIsKept) {
    auto fields = entry("Luisa");
    // 18 when registration closes (the category), 17 on the day: a minor
    // without guardian.
    fields["birth_date"] = "2008-11-28";
    fields.erase("privacy_accepted");
    auto refused = api::request_entry(database(), "vff9", fields, "10.0.0.1", during_registration(),
                                      api::ContestLimits{});
    ASSERT_FALSE(refused);
    std::set<std::string> rules;
    for (const auto& error : refused.error()) {
        rules.insert(error.field + ":" + error.rule);
    }
    EXPECT_TRUE(rules.count("guardian_name:tutor_menor"));
    EXPECT_TRUE(rules.count("privacy_accepted:aviso_privacidad"));
    // The refusal used none of the address's share.
    api::ContestLimits one;
    one.requests_per_hour = 1;
    EXPECT_TRUE(api::request_entry(database(), "vff9", entry("Ana"), "10.0.0.1",
                                   during_registration(), one));
}

TEST_P(ContestEntries, OneAddressSendsItsHourlyShareEvenAllAtOnce) {
    api::ContestLimits limits;
    limits.requests_per_hour = 3;
    // Six at once from one address, each on a connection of its own.
    std::atomic<int> accepted{0};
    std::atomic<int> refused_for_rate{0};
    std::vector<std::thread> senders;
    for (int i = 0; i < 6; ++i) {
        senders.emplace_back([&] {
            auto store = fresh().open(domain::OpenMode::ExistingOnly);
            auto sent = api::request_entry(*store, "vff9", entry("Ana"), "10.0.0.9",
                                           during_registration(), limits);
            if (sent) {
                ++accepted;
            } else if (sent.error().front().rule == "solicitudes_por_hora") {
                ++refused_for_rate;
            }
        });
    }
    for (auto& sender : senders) {
        sender.join();
    }
    EXPECT_EQ(accepted.load(), 3);
    EXPECT_EQ(refused_for_rate.load(), 3);
    // Another address still registers.
    EXPECT_TRUE(api::request_entry(database(), "vff9", entry("Bea"), "10.0.0.10",
                                   during_registration(), limits));
}

TEST_P(ContestEntries, FilesAwaitingReviewAreBoundedAndALinkStillEnters) {
    api::ContestLimits limits;
    limits.unreviewed_bytes = 100000;
    auto first = request_without_link("Ana", limits);
    ASSERT_TRUE(api::confirm_entry(database(), first,
                                   domain::WorkFile{"a.mp4", "video/mp4", video(70000)}, "",
                                   during_registration(), limits));
    auto second = request_without_link("Bea", limits);
    auto full =
        api::confirm_entry(database(), second, domain::WorkFile{"b.mp4", "video/mp4", video(70000)},
                           "", during_registration(), limits);
    ASSERT_FALSE(full);
    EXPECT_EQ(full.error().front().field, "work.file");
    EXPECT_EQ(full.error().front().rule, "almacen_concurso_lleno");
    EXPECT_EQ(entries(), 1u);
    auto linked = api::confirm_entry(database(), second, std::nullopt, "https://video.example/b",
                                     during_registration(), limits);
    ASSERT_TRUE(linked) << linked.error().front().message;
    EXPECT_EQ(entries(), 2u);
    EXPECT_EQ(api::unreviewed_work_bytes(database()), 70000u);
}

TEST_P(ContestEntries, AWorksFileArrivesInPartsAndIsRegisteredByteForByte) {
    api::ContestLimits limits;
    auto secret = request_without_link("Ana", limits);
    ASSERT_FALSE(secret.empty());
    // Bytes of every value, NUL and 0xFF among them, in three parts.
    std::string bytes = video(12);
    for (int i = 0; i < 300000; ++i) {
        bytes += static_cast<char>(i * 7 % 256);
    }
    auto total = static_cast<std::int64_t>(bytes.size());
    auto first = bytes.substr(0, 100000);
    auto second = bytes.substr(100000, 100000);
    auto third = bytes.substr(200000);

    auto not_a_video = api::receive_work_part(database(), secret, 0, total, "obra.mp4",
                                              std::string(1000, 'x'), limits);
    ASSERT_FALSE(not_a_video);
    EXPECT_EQ(not_a_video.error().front().rule, "archivo_obra_tipo");
    auto too_large =
        api::receive_work_part(database(), secret, 0, 26 * 1024 * 1024, "obra.mp4", first, limits);
    ASSERT_FALSE(too_large);
    EXPECT_EQ(too_large.error().front().rule, "archivo_obra_grande");
    auto unknown =
        api::receive_work_part(database(), "inventado", 0, total, "obra.mp4", first, limits);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().front().rule, "enlace_confirmacion");

    ASSERT_EQ(*api::receive_work_part(database(), secret, 0, total, "obra.mp4", first, limits),
              100000);
    // Out of order (a part skipped) is refused, and the file stays as it was.
    auto skipped =
        api::receive_work_part(database(), secret, 200000, total, "obra.mp4", third, limits);
    ASSERT_FALSE(skipped);
    EXPECT_EQ(skipped.error().front().rule, "parte_fuera_de_orden");
    ASSERT_EQ(
        *api::receive_work_part(database(), secret, 100000, total, "obra.mp4", second, limits),
        200000);
    ASSERT_EQ(*api::receive_work_part(database(), secret, 200000, total, "obra.mp4", third, limits),
              total);
    EXPECT_EQ(entries(), 0u);

    auto registered =
        api::confirm_entry(database(), secret, std::nullopt, "", during_registration(), limits);
    ASSERT_TRUE(registered) << registered.error().front().message;
    ASSERT_TRUE(registered->work && registered->work->file && registered->work->file_name);
    EXPECT_EQ(*registered->work->file_name, "obra.mp4");
    auto stored = database().work_file(*registered->work->file);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->media_type, "video/mp4");
    EXPECT_EQ(stored->content, bytes);
    // The link is used: no more parts.
    auto after = api::receive_work_part(database(), secret, 0, total, "obra.mp4", first, limits);
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().front().rule, "enlace_confirmacion");
}

VINCULA_ON_EVERY_BACKEND(ContestEntries);

}  // namespace
}  // namespace vincula::testing
