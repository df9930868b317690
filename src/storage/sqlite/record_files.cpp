// The files of the record, in SQLite: one BLOB per version.
#include <SQLiteCpp/Transaction.h>

#include "storage/schema/record_file_rows.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

domain::RecordFile read_record_file(SQLite::Statement& select) {
    domain::RecordFile file;
    file.id = select.getColumn(0).getInt64();
    file.array = select.getColumn(1).getString();
    file.key = select.getColumn(2).getString();
    file.name = select.getColumn(3).getString();
    file.version = select.getColumn(4).getInt();
    file.purpose =
        domain::purpose_named(select.getColumn(5).getString()).value_or(domain::FilePurpose::Annex);
    file.media_type = select.getColumn(6).getString();
    file.size = select.getColumn(7).getInt64();
    file.sha256 = select.getColumn(8).getString();
    file.added_by = select.getColumn(9).getString();
    file.added_at = select.getColumn(10).getString();
    return file;
}

const std::string& file_select() {
    static const std::string sql =
        std::string("SELECT ") + schema::RECORD_FILE_COLUMNS + ", added_at FROM record_files ";
    return sql;
}

}  // namespace

std::vector<domain::RecordFile> SqliteStore::add_record_files(
    const std::vector<domain::NewRecordFile>& files) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    std::vector<domain::RecordFile> kept;
    for (const auto& file : files) {
        kept.push_back(insert_record_file(file));
        append_audit(schema::record_file_audit(kept.back()));
    }
    transaction.commit();
    return kept;
}

domain::RecordFile SqliteStore::insert_record_file(const domain::NewRecordFile& file) {
    int version = 1;
    {
        auto& last = m_cache.get(
            "SELECT COALESCE(MAX(version), 0) FROM record_files "
            "WHERE owner_array = ? AND owner_key = ? AND name = ?");
        StatementCache::Use use(last);
        last.bind(1, file.array);
        last.bind(2, file.key);
        last.bind(3, file.name);
        last.executeStep();
        version = last.getColumn(0).getInt() + 1;
    }
    std::int64_t id = 0;
    {
        auto& insert = m_cache.get(
            "INSERT INTO record_files (owner_array, owner_key, name, version, purpose, "
            "media_type, size, sha256, added_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        StatementCache::Use use(insert);
        insert.bind(1, file.array);
        insert.bind(2, file.key);
        insert.bind(3, file.name);
        insert.bind(4, version);
        insert.bind(5, std::string(domain::purpose_name(file.purpose)));
        insert.bind(6, file.media_type);
        insert.bind(7, static_cast<std::int64_t>(file.content.size()));
        insert.bind(8, file.sha256);
        insert.bind(9, file.actor);
        insert.bind(10, file.content.data(), static_cast<int>(file.content.size()));
        insert.exec();
        id = m_database.getLastInsertRowid();
    }
    auto& select = m_cache.get(file_select() + "WHERE id = ?");
    StatementCache::Use use(select);
    select.bind(1, id);
    select.executeStep();
    return read_record_file(select);
}

std::vector<domain::RecordFile> SqliteStore::record_files(const std::string& array,
                                                          const std::string& key) {
    auto& select = m_cache.get(
        file_select() + "WHERE owner_array = ? AND owner_key = ? ORDER BY name, version DESC");
    StatementCache::Use use(select);
    select.bind(1, array);
    select.bind(2, key);
    std::vector<domain::RecordFile> files;
    while (select.executeStep()) {
        files.push_back(read_record_file(select));
    }
    return files;
}

std::optional<std::pair<domain::RecordFile, std::string>> SqliteStore::record_file(
    std::int64_t id) {
    auto& select = m_cache.get(file_select() + "WHERE id = ?");
    StatementCache::Use use(select);
    select.bind(1, id);
    if (!select.executeStep()) {
        return std::nullopt;
    }
    auto file = read_record_file(select);
    std::string content;
    {
        auto& bytes = m_cache.get("SELECT content FROM record_files WHERE id = ?");
        StatementCache::Use use_bytes(bytes);
        bytes.bind(1, id);
        if (bytes.executeStep()) {
            auto column = bytes.getColumn(0);
            content.assign(static_cast<const char*>(column.getBlob()),
                           static_cast<std::size_t>(column.getBytes()));
        }
    }
    return std::pair{std::move(file), std::move(content)};
}

}  // namespace vincula::storage::sqlite
