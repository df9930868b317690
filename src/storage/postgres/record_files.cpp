// The files of the record, in PostgreSQL: one bytea per version, sent as
// hex text and read back through binarystring (as work_files.cpp does).
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/sql.h"
#include "storage/schema/record_file_rows.h"

namespace vincula::storage::postgres {
namespace {

const std::string& file_select() {
    static const std::string sql =
        std::string("SELECT ") + schema::RECORD_FILE_COLUMNS +
        ", to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM record_files ";
    return sql;
}

domain::RecordFile read_record_file(const pqxx::row& row) {
    domain::RecordFile file;
    file.id = row[0].as<long long>();
    file.array = row[1].as<std::string>();
    file.key = row[2].as<std::string>();
    file.name = row[3].as<std::string>();
    file.version = row[4].as<int>();
    file.purpose =
        domain::purpose_named(row[5].as<std::string>()).value_or(domain::FilePurpose::Annex);
    file.media_type = row[6].as<std::string>();
    file.size = row[7].as<long long>();
    file.sha256 = row[8].as<std::string>();
    file.added_by = row[9].as<std::string>();
    file.added_at = row[10].as<std::string>();
    return file;
}

domain::RecordFile insert_record_file(Sql& sql, const domain::NewRecordFile& file) {
    // Two versions of one name at once: the second waits and numbers after
    // the first.
    sql.run("SELECT pg_advisory_xact_lock(hashtext($1))",
            "record_files/" + file.array + "/" + file.key + "/" + file.name);
    auto last = sql.run(
        "SELECT COALESCE(MAX(version), 0) FROM record_files "
        "WHERE owner_array = $1 AND owner_key = $2 AND name = $3",
        file.array, file.key, file.name);
    int version = last[0][0].as<int>() + 1;
    auto added = sql.run(
        "INSERT INTO record_files (owner_array, owner_key, name, version, purpose, media_type, "
        "size, sha256, added_by, content) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, decode($10, 'hex')) RETURNING id",
        file.array, file.key, file.name, version, std::string(domain::purpose_name(file.purpose)),
        file.media_type, static_cast<long long>(file.content.size()), file.sha256, file.actor,
        bytea_hex(file.content));
    auto rows = sql.run(file_select() + "WHERE id = $1", added[0][0].as<long long>());
    return read_record_file(rows[0]);
}

}  // namespace

std::vector<domain::RecordFile> PostgresStore::add_record_files(
    const std::vector<domain::NewRecordFile>& files) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    std::vector<domain::RecordFile> kept;
    for (const auto& file : files) {
        kept.push_back(insert_record_file(sql, file));
        append_audit(sql, schema::record_file_audit(kept.back()));
    }
    commit(transaction);
    return kept;
}

std::vector<domain::RecordFile> PostgresStore::record_files(const std::string& array,
                                                            const std::string& key) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(
        file_select() + "WHERE owner_array = $1 AND owner_key = $2 ORDER BY name, version DESC",
        array, key);
    std::vector<domain::RecordFile> files;
    for (const auto& row : rows) {
        files.push_back(read_record_file(row));
    }
    return files;
}

std::optional<std::pair<domain::RecordFile, std::string>> PostgresStore::record_file(
    std::int64_t id) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto rows = sql.run(file_select() + "WHERE id = $1", static_cast<long long>(id));
    if (rows.empty()) {
        return std::nullopt;
    }
    auto file = read_record_file(rows[0]);
    auto bytes =
        sql.run("SELECT content FROM record_files WHERE id = $1", static_cast<long long>(id));
    pqxx::binarystring content(bytes[0][0]);
    return std::pair{std::move(file), content.str()};
}

}  // namespace vincula::storage::postgres
