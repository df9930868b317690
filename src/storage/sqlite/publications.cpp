// Approved reports and their frozen files, in SQLite.
#include <SQLiteCpp/Transaction.h>

#include "common/messages.h"
#include "storage/schema/publication_rows.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

constexpr const char* VERSION_COLUMNS =
    "v.commission, v.\"from\", v.\"to\", v.number, v.approved_by, v.approved_at, v.reason, "
    "v.model_sha256, v.withdrawn_by, v.withdrawn_at, v.withdrawal_reason, "
    "(SELECT group_concat(entry, ',') FROM (SELECT format || ':' || sha256 AS entry FROM "
    "report_version_files f "
    "WHERE f.version = v.id ORDER BY position))";

std::vector<domain::ReportVersion> read_versions(SQLite::Statement& select) {
    std::vector<domain::ReportVersion> versions;
    while (select.executeStep()) {
        auto period =
            domain::Period::parse(select.getColumn(1).getString(), select.getColumn(2).getString());
        if (!period) {
            continue;
        }
        // Every member named: GCC warns of designated initializers that
        // leave members out.
        domain::ReportVersion version{
            .commission = select.getColumn(0).getString(),
            .period = *period,
            .number = select.getColumn(3).getInt(),
            .approved_by = select.getColumn(4).getString(),
            .approved_at = select.getColumn(5).getString(),
            .reason = select.getColumn(6).getString(),
            .model_sha256 = select.getColumn(7).getString(),
            .files = schema::file_digests(select.getColumn(11).getString()),
            .withdrawn_by = select.getColumn(8).getString(),
            .withdrawn_at = select.getColumn(9).getString(),
            .withdrawal_reason = select.getColumn(10).getString()};
        versions.push_back(std::move(version));
    }
    return versions;
}

}  // namespace

common::Result<domain::ReportVersion> SqliteStore::approve_report(
    const domain::ReportApproval& approval) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    auto from = approval.period.from().to_iso();
    auto to = approval.period.to().to_iso();
    int number = 0;
    {
        auto& last = m_cache.get(
            "SELECT COALESCE(MAX(number), 0) FROM report_versions "
            "WHERE commission = ? AND \"from\" = ? AND \"to\" = ?");
        StatementCache::Use use(last);
        last.bind(1, approval.commission);
        last.bind(2, from);
        last.bind(3, to);
        last.executeStep();
        number = last.getColumn(0).getInt() + 1;
    }
    std::int64_t id = 0;
    {
        auto& insert = m_cache.get(
            "INSERT INTO report_versions (commission, \"from\", \"to\", number, approved_by, "
            "reason, model_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)");
        StatementCache::Use use(insert);
        insert.bind(1, approval.commission);
        insert.bind(2, from);
        insert.bind(3, to);
        insert.bind(4, number);
        insert.bind(5, approval.actor);
        insert.bind(6, approval.reason);
        insert.bind(7, approval.model_sha256);
        insert.exec();
        id = m_database.getLastInsertRowid();
    }
    int position = 0;
    for (const auto& file : approval.files) {
        auto& insert = m_cache.get(
            "INSERT INTO report_version_files (version, position, format, media_type, sha256, "
            "content) VALUES (?, ?, ?, ?, ?, ?)");
        StatementCache::Use use(insert);
        insert.bind(1, id);
        insert.bind(2, position++);
        insert.bind(3, file.format);
        insert.bind(4, file.media_type);
        insert.bind(5, file.sha256);
        insert.bind(6, file.content.data(), static_cast<int>(file.content.size()));
        insert.exec();
    }
    append_audit(schema::approval_audit(number, approval));
    transaction.commit();
    auto versions = report_versions(approval.commission, approval.period);
    return versions.front();
}

common::Outcome SqliteStore::withdraw_report(const std::string& commission,
                                             const domain::Period& period, const std::string& actor,
                                             const std::string& reason) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    auto& update = m_cache.get(
        "UPDATE report_versions SET withdrawn_by = ?, withdrawal_reason = ?, "
        "withdrawn_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE commission = ? AND \"from\" = ? AND \"to\" = ? AND withdrawn_at = ''");
    int changed = 0;
    {
        StatementCache::Use use(update);
        update.bind(1, actor);
        update.bind(2, reason);
        update.bind(3, commission);
        update.bind(4, period.from().to_iso());
        update.bind(5, period.to().to_iso());
        changed = update.exec();
    }
    if (changed == 0) {
        return common::field_error("quarter", "sin_publicacion");
    }
    append_audit(schema::withdrawal_audit(commission, period, actor, reason));
    transaction.commit();
    return common::ok();
}

std::vector<domain::ReportVersion> SqliteStore::publications(const std::string& commission) {
    auto& select = m_cache.get(std::string("SELECT ") + VERSION_COLUMNS +
                               " FROM report_versions v WHERE ?1 = '' OR v.commission = ?1 "
                               "ORDER BY v.\"to\" DESC, v.\"from\" DESC, v.commission, "
                               "v.number DESC");
    StatementCache::Use use(select);
    select.bind(1, commission);
    return read_versions(select);
}

std::vector<domain::ReportVersion> SqliteStore::report_versions(const std::string& commission,
                                                                const domain::Period& period) {
    auto& select = m_cache.get(std::string("SELECT ") + VERSION_COLUMNS +
                               " FROM report_versions v WHERE v.commission = ? AND "
                               "v.\"from\" = ? AND v.\"to\" = ? ORDER BY v.number DESC");
    StatementCache::Use use(select);
    select.bind(1, commission);
    select.bind(2, period.from().to_iso());
    select.bind(3, period.to().to_iso());
    return read_versions(select);
}

std::optional<domain::ReportFile> SqliteStore::report_file(const std::string& commission,
                                                           const domain::Period& period, int number,
                                                           const std::string& format) {
    auto& select = m_cache.get(
        "SELECT f.media_type, f.sha256, f.content FROM report_version_files f "
        "JOIN report_versions v ON v.id = f.version WHERE v.commission = ? AND v.\"from\" = ? "
        "AND v.\"to\" = ? AND v.number = ? AND f.format = ?");
    StatementCache::Use use(select);
    select.bind(1, commission);
    select.bind(2, period.from().to_iso());
    select.bind(3, period.to().to_iso());
    select.bind(4, number);
    select.bind(5, format);
    if (!select.executeStep()) {
        return std::nullopt;
    }
    auto content = select.getColumn(2);
    return domain::ReportFile{format, select.getColumn(0).getString(),
                              select.getColumn(1).getString(),
                              std::string(static_cast<const char*>(content.getBlob()),
                                          static_cast<std::size_t>(content.getBytes()))};
}

}  // namespace vincula::storage::sqlite
