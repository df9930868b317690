// Contest works' files, in PostgreSQL: one bytea per file, sent as hex text
// (libpqxx 6 has no binary parameters) and read back through binarystring.
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {

std::string PostgresStore::store_work_file(const domain::WorkFile& file) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        "INSERT INTO work_files (name, media_type, size, content) "
        "VALUES ($1, $2, $3, decode($4, 'hex')) RETURNING id",
        file.name, file.media_type, static_cast<long long>(file.content.size()),
        bytea_hex(file.content));
    commit(transaction);
    return rows[0][0].as<std::string>();
}

std::optional<domain::WorkFile> PostgresStore::work_file(const std::string& id) {
    auto number = parse_record_id(id);
    if (!number) {
        return std::nullopt;
    }
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run("SELECT name, media_type, content FROM work_files WHERE id = $1",
                        static_cast<long long>(*number));
    if (rows.empty()) {
        return std::nullopt;
    }
    pqxx::binarystring content(rows[0][2]);
    return domain::WorkFile{rows[0][0].as<std::string>(), rows[0][1].as<std::string>(),
                            content.str()};
}

void PostgresStore::remove_work_file(const std::string& id) {
    auto number = parse_record_id(id);
    if (!number) {
        return;
    }
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("DELETE FROM work_files WHERE id = $1", static_cast<long long>(*number));
    commit(transaction);
}

}  // namespace vincula::storage::postgres
