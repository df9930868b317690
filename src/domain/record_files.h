#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"

// The files of the record (expediente): what was presented, signed or
// approved, kept beside the records it belongs to. A file is never replaced:
// sending the same name again keeps a new version, and every version keeps
// its SHA-256, size, who sent it and when.
namespace vincula::domain {

// Why a file is kept: an annex staff attached, or a minuta Vincula froze
// when its approval was recorded.
enum class FilePurpose { Annex, ApprovedMinutes };
std::string_view purpose_name(FilePurpose purpose);  // "anexo", "minuta_aprobada"
std::optional<FilePurpose> purpose_named(std::string_view name);

// The largest file kept: what one request may carry (see http::MAX_MESSAGE).
inline constexpr std::size_t MAX_RECORD_FILE = 4 * 1024 * 1024;

// A kept version, without its bytes.
struct RecordFile {
    std::int64_t id = 0;
    std::string array;  // one of arrays_with_files()
    std::string key;    // the record's key in that array
    std::string name;   // as sent: «Anexo 1. Informe trimestral.pdf»
    int version = 1;
    FilePurpose purpose = FilePurpose::Annex;
    std::string media_type;
    std::int64_t size = 0;
    std::string sha256;    // hexadecimal, of the bytes
    std::string added_by;  // the user's e-mail
    std::string added_at;  // UTC, ISO 8601
};

// A file to keep: whose it is, its name and bytes, and who sends it.
struct NewRecordFile {
    std::string array;
    std::string key;
    std::string name;
    FilePurpose purpose = FilePurpose::Annex;
    std::string content;
    std::string sha256;
    std::string actor;
    std::string media_type;  // what check_record_file found
};

// The arrays whose records keep files (agenda items, which have no key, by
// the number the store gave them), and the same as a list for messages.
const std::vector<std::string_view>& arrays_with_files();
std::string arrays_with_files_list();  // "sessions, agenda_items, …"

// The media type a file's name gives, when the name ends in a type the
// expediente keeps (pdf, png, jpg, docx, xlsx, pptx, odt, ods, txt, csv).
std::optional<std::string_view> record_file_type(std::string_view name);

// Whether a file may be kept: its array, a name without folders, a type
// the expediente keeps, bytes that are what the name says (a PDF begins
// with %PDF-), not empty and within MAX_RECORD_FILE. Every problem, by field
// (array, name, content); the media type when none.
common::Result<std::string> check_record_file(const NewRecordFile& file);

// Whether a kept file is shown in place rather than downloaded.
bool shown_inline(std::string_view media_type);

class RecordFiles {
public:
    virtual ~RecordFiles() = default;
    // Keeps each file as the next version of its name under its record,
    // all in one transaction with their audit entries («agregar_archivo»):
    // the files of one act (a minuta frozen in every format) are kept
    // together or not at all.
    virtual std::vector<RecordFile> add_record_files(const std::vector<NewRecordFile>& files) = 0;
    RecordFile add_record_file(const NewRecordFile& file) {
        return add_record_files({file}).front();
    }
    // Every version kept under a record, by name, newest version first.
    virtual std::vector<RecordFile> record_files(const std::string& array,
                                                 const std::string& key) = 0;
    // One version and its bytes.
    virtual std::optional<std::pair<RecordFile, std::string>> record_file(std::int64_t id) = 0;
};

}  // namespace vincula::domain
