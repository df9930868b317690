#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <pqxx/pqxx>

#include "common/result.h"
#include "domain/database.h"
#include "storage/cache/read_cache.h"
#include "storage/postgres/statements.h"

namespace vincula::storage::postgres {

using domain::OpenMode;

// The shared store: several Vincula servers on one PostgreSQL database.
// One PostgresStore is one connection with its prepared statements; a server
// opens one per worker thread. A record write holds what its plan reads and
// what it writes (write_locks.h), so what the plan saw is still true when it
// is applied while writes of other records, on any server, go on beside it.
class PostgresStore final : public domain::Database {
public:
    // `url`: postgresql://user:password@host:port/database (any libpq
    // connection string). CreateOrUpgrade creates and migrates the schema.
    static common::Result<std::unique_ptr<PostgresStore>> open(const std::string& url,
                                                               OpenMode mode);

    domain::Dataset load() override;
    domain::Dataset load_scope(const std::string& commission,
                               const domain::Period& period) override;
    domain::Dataset find(const domain::RecordRef& ref, std::int64_t* id = nullptr) override;
    domain::Page list(const domain::ListQuery& query) override;
    std::size_t count(const domain::ListQuery& query) override;
    std::map<std::string, std::size_t> tally(const domain::ListQuery& query,
                                             const std::string& field,
                                             std::size_t leading = 0) override;
    common::Result<std::vector<std::int64_t>> write_change(
        const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
        const domain::ChangeReads& reads = {}) override;
    std::vector<domain::AuditRow> audit(const domain::AuditQuery& query) override;
    std::vector<std::pair<std::string, std::size_t>> counts() override;

    common::Result<domain::User> add_user(domain::User user, const std::string& actor) override;
    common::Outcome set_password(const std::string& email, const std::string& hash,
                                 const std::string& actor) override;
    void rehash_password(std::int64_t user_id, const std::string& before,
                         const std::string& hash) override;
    common::Result<domain::User> update_user(const domain::User& user,
                                             const std::string& actor) override;
    std::optional<domain::User> user_by_email(const std::string& email) override;
    std::vector<domain::User> users() override;
    void add_session(const std::string& token_hash, std::int64_t user_id,
                     int lifetime_seconds) override;
    std::optional<domain::User> user_of_session(const std::string& token_hash) override;
    void remove_session(const std::string& token_hash) override;
    void add_token(const std::string& token_hash, std::int64_t user_id, const std::string& label,
                   int lifetime_days) override;
    std::optional<domain::User> user_of_token(const std::string& token_hash) override;
    std::vector<domain::ApiToken> tokens(std::optional<std::int64_t> user_id) override;
    bool revoke_token(std::int64_t id, std::optional<std::int64_t> user_id,
                      const std::string& actor) override;
    domain::AttemptGate begin_attempt(const std::string& email, const std::string& address,
                                      int window_seconds) override;
    void finish_attempt(std::int64_t id, domain::AttemptOutcome outcome) override;

    common::Result<domain::ReportVersion> approve_report(
        const domain::ReportApproval& approval) override;
    common::Outcome withdraw_report(const std::string& commission, const domain::Period& period,
                                    const std::string& actor, const std::string& reason) override;
    std::vector<domain::ReportVersion> publications(const std::string& commission) override;
    std::vector<domain::ReportVersion> report_versions(const std::string& commission,
                                                       const domain::Period& period) override;
    std::optional<domain::ReportFile> report_file(const std::string& commission,
                                                  const domain::Period& period, int number,
                                                  const std::string& format) override;

    std::string store_work_file(const domain::WorkFile& file) override;
    std::optional<domain::WorkFile> work_file(const std::string& id) override;
    void remove_work_file(const std::string& id) override;

    std::vector<domain::RecordFile> add_record_files(
        const std::vector<domain::NewRecordFile>& files) override;
    std::vector<domain::RecordFile> record_files(const std::string& array,
                                                 const std::string& key) override;
    std::optional<std::pair<domain::RecordFile, std::string>> record_file(std::int64_t id) override;
    bool add_entry_request(const std::string& token_hash, const domain::EntryRequest& request,
                           const domain::EntryRequestWindow& window) override;
    std::optional<domain::EntryRequest> entry_request(const std::string& token_hash,
                                                      std::int64_t valid_from_ms) override;
    std::optional<domain::EntryRequest> claim_entry_request(const std::string& token_hash,
                                                            std::int64_t valid_from_ms,
                                                            std::int64_t now_ms) override;
    void release_entry_request(const std::string& token_hash) override;
    std::optional<std::int64_t> append_entry_upload(const std::string& token_hash,
                                                    std::int64_t offset, const std::string& name,
                                                    std::string_view part,
                                                    std::int64_t valid_from_ms) override;
    std::optional<domain::WorkFile> entry_upload(const std::string& token_hash) override;

    std::int64_t add_outgoing(const domain::OutgoingMailing& mailing,
                              const std::vector<domain::Delivery>& recipients) override;
    std::optional<domain::OutgoingMailing> outgoing(std::int64_t id) override;
    std::vector<domain::OutgoingMailing> outgoing_list(const std::string& network) override;
    void record_delivery(std::int64_t delivery, domain::DeliveryState state,
                         const std::string& detail) override;
    bool reopen_outgoing(std::int64_t id, const std::string& actor) override;
    domain::OutgoingMailing finish_outgoing(std::int64_t id, domain::Mailing record,
                                            const std::string& error,
                                            const std::string& actor) override;
    std::string signing_secret(const std::string& candidate) override;

    int schema_version();
    // For tests and maintenance: the store's own connection.
    pqxx::connection& connection() { return *m_connection; }

private:
    explicit PostgresStore(std::unique_ptr<pqxx::connection> connection)
        : m_connection(std::move(connection)), m_statements(*m_connection) {}
    std::optional<domain::User> user_where(const std::string& condition, const std::string& value);
    // Whether the API token of this hash has an expiry (then its user is
    // not cached).
    bool token_expires(const std::string& token_hash);
    // Commits a write and tells this process's read cache at once (other
    // servers hear of it from the tables' notices).
    void commit(pqxx::work& transaction);
    // One try of write_change; `alone`: no other write runs beside it.
    common::Result<std::vector<std::int64_t>> write_once(
        const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
        const domain::ChangeReads& reads, bool alone);
    // The shared ReadCache's generation to read at, or nullopt: don't cache.
    std::optional<std::uint64_t> cache_generation();

    std::unique_ptr<pqxx::connection> m_connection;
    // token hash → the day its use was last noted.
    std::unordered_map<std::string, std::string> m_token_use_days;
    Statements m_statements;
    // The answers to repeated reads (by key, a page, a tally, a token),
    // shared by every connection of this process to the same database.
    std::shared_ptr<cache::ReadCache> m_read_cache;
};

}  // namespace vincula::storage::postgres
