// The files of the record on both backends: every byte comes back as sent,
// a name sent again is the next version beside the first, each kept file is
// audited without its bytes, and the files of one act are kept together or
// not at all.
#include "backends.h"

namespace vincula::testing {
namespace {

domain::NewRecordFile new_file(std::string key, std::string name, std::string content) {
    return domain::NewRecordFile{.array = "sessions",
                                 .key = std::move(key),
                                 .name = std::move(name),
                                 .purpose = domain::FilePurpose::Annex,
                                 .content = std::move(content),
                                 .sha256 = "sha-de-prueba",
                                 .actor = "capturista@iecm.mx",
                                 .media_type = "application/pdf"};
}

std::string every_byte() {
    std::string bytes;
    for (int value = 0; value < 256; ++value) {
        bytes += static_cast<char>(value);
    }
    return bytes + bytes;
}

class RecordFiles : public StorageTest {};

TEST_P(RecordFiles, EveryByteComesBackAndANameSentAgainIsTheNextVersion) {
    auto first = database().add_record_file(new_file("o10-2021", "Anexo 1.pdf", every_byte()));
    EXPECT_EQ(first.version, 1);
    EXPECT_EQ(first.size, 512);
    EXPECT_EQ(first.added_by, "capturista@iecm.mx");
    EXPECT_EQ(first.added_at.size(), 20u);  // 2026-12-05T16:30:00Z
    auto second = database().add_record_file(new_file("o10-2021", "Anexo 1.pdf", "%PDF-dos"));
    EXPECT_EQ(second.version, 2);
    auto other = database().add_record_file(new_file("o11-2021", "Anexo 1.pdf", "%PDF-otra"));
    EXPECT_EQ(other.version, 1);

    auto kept = database().record_file(first.id);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->second, every_byte());
    EXPECT_EQ(kept->first.sha256, "sha-de-prueba");
    EXPECT_EQ(database().record_file(second.id)->second, "%PDF-dos");
    EXPECT_FALSE(database().record_file(other.id + 1000).has_value());

    auto listed = database().record_files("sessions", "o10-2021");
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].version, 2);
    EXPECT_EQ(listed[1].version, 1);
    EXPECT_TRUE(database().record_files("convenios", "o10-2021").empty());

    auto audited = database().audit(audit_query("capturista@iecm.mx", "sessions", "o10-2021"));
    ASSERT_EQ(audited.size(), 2u);
    for (const auto& row : audited) {
        EXPECT_EQ(row.entry.action, "agregar_archivo");
        EXPECT_EQ(row.entry.after.find("%PDF"), std::string::npos) << "the bytes are not audited";
    }
}

TEST_P(RecordFiles, TheFilesOfOneActAreKeptTogetherOrNotAtAll) {
    auto refused = new_file("o10-2021", "minuta.md", "# Minuta");
    refused.array = "people";  // no array of people keeps files
    EXPECT_ANY_THROW(
        database().add_record_files({new_file("o10-2021", "minuta.pdf", "%PDF-minuta"), refused}));
    EXPECT_TRUE(database().record_files("sessions", "o10-2021").empty());
    EXPECT_TRUE(database().audit(audit_query("capturista@iecm.mx")).empty());

    auto kept = database().add_record_files({new_file("o10-2021", "minuta.pdf", "%PDF-minuta"),
                                             new_file("o10-2021", "minuta.md", "# Minuta")});
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(database().record_files("sessions", "o10-2021").size(), 2u);
}

// Every array that keeps files is one the table accepts: an agenda item,
// which has no key, by its number.
TEST_P(RecordFiles, EveryArrayWithFilesIsAcceptedByTheTable) {
    for (auto array : domain::arrays_with_files()) {
        auto file = new_file("12", "Anexo.pdf", "%PDF-anexo");
        file.array = std::string(array);
        auto kept = database().add_record_file(file);
        EXPECT_EQ(kept.array, array);
        EXPECT_EQ(database().record_files(std::string(array), "12").size(), 1u) << array;
    }
}

VINCULA_ON_EVERY_BACKEND(RecordFiles);

}  // namespace
}  // namespace vincula::testing
