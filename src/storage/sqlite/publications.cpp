// Reports approved for publication, in SQLite.
#include <SQLiteCpp/Transaction.h>

#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {

common::Outcome SqliteStore::publish_report(const std::string& commission,
                                            const domain::Period& period,
                                            const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    auto& insert = m_cache.get(
        "INSERT INTO report_publications (commission, \"from\", \"to\", approved_by) "
        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
    int added = 0;
    {
        StatementCache::Use use(insert);
        insert.bind(1, commission);
        insert.bind(2, period.from().to_iso());
        insert.bind(3, period.to().to_iso());
        insert.bind(4, actor);
        added = insert.exec();
    }
    if (added > 0) {
        append_audit(domain::AuditEntry{
            actor, "aprobar_informe", "report_publications",
            commission + "/" + period.from().to_iso() + "/" + period.to().to_iso(), "", ""});
    }
    transaction.commit();
    return common::ok();
}

std::vector<domain::ReportPublication> SqliteStore::publications(const std::string& commission) {
    auto& select = m_cache.get(
        "SELECT commission, \"from\", \"to\", approved_by, approved_at FROM report_publications "
        "WHERE ?1 = '' OR commission = ?1 ORDER BY \"to\" DESC, commission");
    StatementCache::Use use(select);
    select.bind(1, commission);
    std::vector<domain::ReportPublication> result;
    while (select.executeStep()) {
        auto period =
            domain::Period::parse(select.getColumn(1).getString(), select.getColumn(2).getString());
        if (period) {
            result.push_back(domain::ReportPublication{select.getColumn(0).getString(), *period,
                                                       select.getColumn(3).getString(),
                                                       select.getColumn(4).getString()});
        }
    }
    return result;
}

bool SqliteStore::is_published(const std::string& commission, const domain::Period& period) {
    auto& select = m_cache.get(
        "SELECT 1 FROM report_publications WHERE commission = ? AND \"from\" = ? AND \"to\" = ?");
    StatementCache::Use use(select);
    select.bind(1, commission);
    select.bind(2, period.from().to_iso());
    select.bind(3, period.to().to_iso());
    return select.executeStep();
}

}  // namespace vincula::storage::sqlite
