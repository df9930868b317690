// The contest's writes on both backends: works' files kept byte for byte,
// public entries numbered without gaps and refused without a trace, jurors
// assigned to a work, and a juror's scores replaced as a whole.
#include <chrono>

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

VINCULA_ON_EVERY_BACKEND(ContestEntries);

}  // namespace
}  // namespace vincula::testing
