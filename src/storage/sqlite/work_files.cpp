// Contest works' files, in SQLite: one BLOB per file.
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {

std::string SqliteStore::store_work_file(const domain::WorkFile& file) {
    end_snapshot();
    auto& insert =
        m_cache.get("INSERT INTO work_files (name, media_type, size, content) VALUES (?, ?, ?, ?)");
    StatementCache::Use use(insert);
    insert.bind(1, file.name);
    insert.bind(2, file.media_type);
    insert.bind(3, static_cast<std::int64_t>(file.content.size()));
    insert.bind(4, file.content.data(), static_cast<int>(file.content.size()));
    insert.exec();
    return std::to_string(m_database.getLastInsertRowid());
}

std::optional<domain::WorkFile> SqliteStore::work_file(const std::string& id) {
    auto& select = m_cache.get("SELECT name, media_type, content FROM work_files WHERE id = ?");
    StatementCache::Use use(select);
    select.bind(1, id);
    if (!select.executeStep()) {
        return std::nullopt;
    }
    auto content = select.getColumn(2);
    return domain::WorkFile{select.getColumn(0).getString(), select.getColumn(1).getString(),
                            std::string(static_cast<const char*>(content.getBlob()),
                                        static_cast<std::size_t>(content.getBytes()))};
}

void SqliteStore::remove_work_file(const std::string& id) {
    end_snapshot();
    auto& remove = m_cache.get("DELETE FROM work_files WHERE id = ?");
    StatementCache::Use use(remove);
    remove.bind(1, id);
    remove.exec();
}

}  // namespace vincula::storage::sqlite
