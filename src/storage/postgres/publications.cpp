// Approved reports and their frozen files, in PostgreSQL.
#include "common/messages.h"
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"
#include "storage/schema/publication_rows.h"

namespace vincula::storage::postgres {
namespace {

constexpr const char* VERSION_COLUMNS =
    "SELECT v.commission, v.\"from\", v.\"to\", v.number, v.approved_by, "
    "to_char(v.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), v.reason, "
    "v.model_sha256, v.withdrawn_by, "
    "COALESCE(to_char(v.withdrawn_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), "
    "v.withdrawal_reason, "
    "(SELECT COALESCE(string_agg(f.format || ':' || f.sha256, ',' ORDER BY f.position), '') "
    "FROM report_version_files f WHERE f.version = v.id) "
    "FROM report_versions v ";

std::vector<domain::ReportVersion> read_versions(const pqxx::result& rows) {
    std::vector<domain::ReportVersion> versions;
    for (const auto& row : rows) {
        auto period = domain::Period::parse(row[1].as<std::string>(), row[2].as<std::string>());
        if (!period) {
            continue;
        }
        // Every member named: GCC warns of designated initializers that
        // leave members out.
        domain::ReportVersion version{.commission = row[0].as<std::string>(),
                                      .period = *period,
                                      .number = row[3].as<int>(),
                                      .approved_by = row[4].as<std::string>(),
                                      .approved_at = row[5].as<std::string>(),
                                      .reason = row[6].as<std::string>(),
                                      .model_sha256 = row[7].as<std::string>(),
                                      .files = schema::file_digests(row[11].as<std::string>()),
                                      .withdrawn_by = row[8].as<std::string>(),
                                      .withdrawn_at = row[9].as<std::string>(),
                                      .withdrawal_reason = row[10].as<std::string>()};
        versions.push_back(std::move(version));
    }
    return versions;
}

}  // namespace

common::Result<domain::ReportVersion> PostgresStore::approve_report(
    const domain::ReportApproval& approval) {
    auto from = approval.period.from().to_iso();
    auto to = approval.period.to().to_iso();
    {
        pqxx::work transaction(*m_connection);
        Sql sql{transaction, m_statements};
        // Two approvals of one period at once: the second waits and numbers
        // after the first.
        sql.run("SELECT pg_advisory_xact_lock(hashtext($1))",
                "report_versions/" + approval.commission + "/" + from + "/" + to);
        auto last = sql.run(
            "SELECT COALESCE(MAX(number), 0) FROM report_versions "
            "WHERE commission = $1 AND \"from\" = $2 AND \"to\" = $3",
            approval.commission, from, to);
        int number = last[0][0].as<int>() + 1;
        auto added = sql.run(
            "INSERT INTO report_versions (commission, \"from\", \"to\", number, approved_by, "
            "reason, model_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            approval.commission, from, to, number, approval.actor, approval.reason,
            approval.model_sha256);
        auto id = added[0][0].as<long long>();
        int position = 0;
        for (const auto& file : approval.files) {
            sql.run(
                "INSERT INTO report_version_files (version, position, format, media_type, sha256, "
                "content) VALUES ($1, $2, $3, $4, $5, decode($6, 'hex'))",
                id, position++, file.format, file.media_type, file.sha256, bytea_hex(file.content));
        }
        append_audit(sql, schema::approval_audit(number, approval));
        commit(transaction);
    }
    return report_versions(approval.commission, approval.period).front();
}

common::Outcome PostgresStore::withdraw_report(const std::string& commission,
                                               const domain::Period& period,
                                               const std::string& actor,
                                               const std::string& reason) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto changed = sql.run(
        "UPDATE report_versions SET withdrawn_by = $1, withdrawal_reason = $2, "
        "withdrawn_at = now() WHERE commission = $3 AND \"from\" = $4 AND \"to\" = $5 "
        "AND withdrawn_at IS NULL RETURNING id",
        actor, reason, commission, period.from().to_iso(), period.to().to_iso());
    if (changed.empty()) {
        return common::field_error("quarter", "sin_publicacion");
    }
    append_audit(sql, schema::withdrawal_audit(commission, period, actor, reason));
    commit(transaction);
    return common::ok();
}

std::vector<domain::ReportVersion> PostgresStore::publications(const std::string& commission) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    return read_versions(sql.run(std::string(VERSION_COLUMNS) +
                                     "WHERE $1 = '' OR v.commission = $1 "
                                     "ORDER BY v.\"to\" DESC, v.\"from\" DESC, v.commission, "
                                     "v.number DESC",
                                 commission));
}

std::vector<domain::ReportVersion> PostgresStore::report_versions(const std::string& commission,
                                                                  const domain::Period& period) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    return read_versions(sql.run(std::string(VERSION_COLUMNS) +
                                     "WHERE v.commission = $1 AND v.\"from\" = $2 AND "
                                     "v.\"to\" = $3 ORDER BY v.number DESC",
                                 commission, period.from().to_iso(), period.to().to_iso()));
}

std::optional<domain::ReportFile> PostgresStore::report_file(const std::string& commission,
                                                             const domain::Period& period,
                                                             int number,
                                                             const std::string& format) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "SELECT f.media_type, f.sha256, f.content FROM report_version_files f "
        "JOIN report_versions v ON v.id = f.version WHERE v.commission = $1 AND v.\"from\" = $2 "
        "AND v.\"to\" = $3 AND v.number = $4 AND f.format = $5",
        commission, period.from().to_iso(), period.to().to_iso(), number, format);
    if (rows.empty()) {
        return std::nullopt;
    }
    pqxx::binarystring content(rows[0][2]);
    return domain::ReportFile{format, rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
                              content.str()};
}

}  // namespace vincula::storage::postgres
