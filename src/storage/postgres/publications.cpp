// Reports approved for publication, in PostgreSQL.
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

common::Outcome PostgresStore::publish_report(const std::string& commission,
                                              const domain::Period& period,
                                              const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto added = sql.run(
        "INSERT INTO report_publications (commission, \"from\", \"to\", approved_by) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id",
        commission, period.from().to_iso(), period.to().to_iso(), actor);
    if (!added.empty()) {
        sql.run("INSERT INTO audit_log (actor, action, \"array\", key) VALUES ($1, $2, $3, $4)",
                actor, std::string("aprobar_informe"), std::string("report_publications"),
                commission + "/" + period.from().to_iso() + "/" + period.to().to_iso());
    }
    transaction.commit();
    return common::ok();
}

std::vector<domain::ReportPublication> PostgresStore::publications(const std::string& commission) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "SELECT commission, \"from\", \"to\", approved_by, "
        "to_char(approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM report_publications WHERE $1 = '' OR commission = $1 "
        "ORDER BY \"to\" DESC, commission",
        commission);
    std::vector<domain::ReportPublication> result;
    for (const auto& row : rows) {
        auto period = domain::Period::parse(row[1].as<std::string>(), row[2].as<std::string>());
        if (period) {
            result.push_back(domain::ReportPublication{row[0].as<std::string>(), *period,
                                                       row[3].as<std::string>(),
                                                       row[4].as<std::string>()});
        }
    }
    return result;
}

bool PostgresStore::is_published(const std::string& commission, const domain::Period& period) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    return !sql.run(
                   "SELECT 1 FROM report_publications WHERE commission = $1 AND \"from\" = $2 "
                   "AND \"to\" = $3",
                   commission, period.from().to_iso(), period.to().to_iso())
                .empty();
}

}  // namespace vincula::storage::postgres
