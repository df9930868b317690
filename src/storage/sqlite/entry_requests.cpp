// The public's contest registrations awaiting their e-mail's confirmation,
// in SQLite (domain/entry_requests.h).
#include <SQLiteCpp/Transaction.h>

#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {

bool SqliteStore::add_entry_request(const std::string& token_hash,
                                    const domain::EntryRequest& request,
                                    const domain::EntryRequestWindow& window) {
    end_snapshot();
    // IMMEDIATE: counted and added under one write lock, so that requests
    // sent at once from one address each see those before them.
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    {
        auto& forget = m_cache.get("DELETE FROM entry_requests WHERE created_ms < ?");
        StatementCache::Use use(forget);
        forget.bind(1, static_cast<std::int64_t>(window.forget_before_ms));
        forget.exec();
    }
    {
        auto& count = m_cache.get(
            "SELECT COUNT(*) FROM entry_requests WHERE address = ? AND created_ms >= ?");
        StatementCache::Use use(count);
        count.bind(1, request.address);
        count.bind(2, static_cast<std::int64_t>(window.counted_since_ms));
        count.executeStep();
        if (count.getColumn(0).getInt64() >= window.per_address) {
            return false;  // the transaction rolls back: nothing forgotten either
        }
    }
    {
        auto& insert = m_cache.get(
            "INSERT INTO entry_requests (token_hash, contest, fields, address, created_ms) "
            "VALUES (?, ?, ?, ?, ?)");
        StatementCache::Use use(insert);
        insert.bind(1, token_hash);
        insert.bind(2, request.contest);
        insert.bind(3, request.fields);
        insert.bind(4, request.address);
        insert.bind(5, static_cast<std::int64_t>(window.now_ms));
        insert.exec();
    }
    transaction.commit();
    return true;
}

std::optional<domain::EntryRequest> SqliteStore::entry_request(const std::string& token_hash,
                                                               std::int64_t valid_from_ms) {
    auto& select = m_cache.get(
        "SELECT contest, fields, address FROM entry_requests "
        "WHERE token_hash = ? AND used_ms IS NULL AND created_ms >= ?");
    StatementCache::Use use(select);
    select.bind(1, token_hash);
    select.bind(2, static_cast<std::int64_t>(valid_from_ms));
    if (!select.executeStep()) {
        return std::nullopt;
    }
    return domain::EntryRequest{select.getColumn(0).getString(), select.getColumn(1).getString(),
                                select.getColumn(2).getString()};
}

std::optional<domain::EntryRequest> SqliteStore::claim_entry_request(const std::string& token_hash,
                                                                     std::int64_t valid_from_ms,
                                                                     std::int64_t now_ms) {
    end_snapshot();
    // One statement: of two claims at once, only one finds the row unused.
    auto& claim = m_cache.get(
        "UPDATE entry_requests SET used_ms = ? "
        "WHERE token_hash = ? AND used_ms IS NULL AND created_ms >= ? "
        "RETURNING contest, fields, address");
    StatementCache::Use use(claim);
    claim.bind(1, static_cast<std::int64_t>(now_ms));
    claim.bind(2, token_hash);
    claim.bind(3, static_cast<std::int64_t>(valid_from_ms));
    if (!claim.executeStep()) {
        return std::nullopt;
    }
    domain::EntryRequest request{claim.getColumn(0).getString(), claim.getColumn(1).getString(),
                                 claim.getColumn(2).getString()};
    while (claim.executeStep()) {
    }
    return request;
}

void SqliteStore::release_entry_request(const std::string& token_hash) {
    end_snapshot();
    auto& release = m_cache.get("UPDATE entry_requests SET used_ms = NULL WHERE token_hash = ?");
    StatementCache::Use use(release);
    release.bind(1, token_hash);
    release.exec();
}

std::optional<std::int64_t> SqliteStore::append_entry_upload(const std::string& token_hash,
                                                             std::int64_t offset,
                                                             const std::string& name,
                                                             std::string_view part,
                                                             std::int64_t valid_from_ms) {
    end_snapshot();
    // `||` joins the bytes as they are (SQLite counts lengths, not NULs);
    // the CAST keeps the result a BLOB. The size is ours, never length(),
    // which stops at a NUL when the value is text.
    auto& append = m_cache.get(
        "UPDATE entry_requests SET upload_name = ?1, upload_size = ?2 + ?3, "
        "upload = CASE WHEN ?2 = 0 THEN ?4 ELSE CAST(upload || ?4 AS BLOB) END "
        "WHERE token_hash = ?5 AND used_ms IS NULL AND created_ms >= ?6 AND "
        "(?2 = 0 OR upload_size = ?2) RETURNING upload_size");
    StatementCache::Use use(append);
    append.bind(1, name);
    append.bind(2, static_cast<std::int64_t>(offset));
    append.bind(3, static_cast<std::int64_t>(part.size()));
    append.bind(4, part.data(), static_cast<int>(part.size()));
    append.bind(5, token_hash);
    append.bind(6, static_cast<std::int64_t>(valid_from_ms));
    if (!append.executeStep()) {
        return std::nullopt;
    }
    auto size = append.getColumn(0).getInt64();
    while (append.executeStep()) {
    }
    return size;
}

std::optional<domain::WorkFile> SqliteStore::entry_upload(const std::string& token_hash) {
    auto& select = m_cache.get(
        "SELECT upload_name, upload, upload_size FROM entry_requests "
        "WHERE token_hash = ? AND upload_size > 0");
    StatementCache::Use use(select);
    select.bind(1, token_hash);
    if (!select.executeStep()) {
        return std::nullopt;
    }
    auto content = select.getColumn(1);
    auto size = static_cast<std::size_t>(select.getColumn(2).getInt64());
    std::string bytes(static_cast<const char*>(content.getBlob()),
                      static_cast<std::size_t>(content.getBytes()));
    if (bytes.size() != size) {
        return std::nullopt;  // never written so: refused rather than guessed
    }
    return domain::WorkFile{select.getColumn(0).getString(), "", std::move(bytes)};
}

}  // namespace vincula::storage::sqlite
