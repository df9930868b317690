#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include <SQLiteCpp/Database.h>

#include "common/result.h"
#include "domain/database.h"
#include "storage/cache/read_cache.h"
#include "storage/sqlite/read_transaction.h"
#include "storage/sqlite/statement_cache.h"

namespace vincula::storage::sqlite {

using domain::OpenMode;

// How long a connection waits for another one's write to end.
inline constexpr int BUSY_TIMEOUT_MS = 5000;

// The commission and period a scoped read is for.
struct Scope {
    std::string commission;
    domain::Period period;
};

// The embedded default store: one SQLite file in WAL mode with foreign keys
// on and a busy timeout, so readers never block and writers wait their turn.
// One SqliteStore is one connection: a server opens one per worker thread.
class SqliteStore final : public domain::Database {
public:
    static common::Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
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
    std::unique_ptr<domain::ReadSnapshot> read_snapshot() override;
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

    // The records of `array` whose text field `field` begins with `prefix`
    // and whose value `keep` accepts, with their ids (in id order).
    domain::Page beginning_with(const std::string& array, const std::string& field,
                                const std::string& prefix,
                                const std::function<bool(const std::string&)>& keep);
    // Every record of `array` that names `key` in one of `fields` (columns
    // or lists of references), as StoredRecords::naming asks.
    domain::Page naming(const std::string& array, const std::vector<std::string>& fields,
                        const std::string& key, bool beneath);
    // Every record of `array` whose nested field `field` holds `key` as a
    // text value, as StoredRecords::containing asks.
    domain::Page containing(const std::string& array, const std::string& field,
                            const std::string& key, bool beneath);

    int schema_version();
    SQLite::Database& database() { return m_database; }

private:
    domain::RecordFile insert_record_file(const domain::NewRecordFile& file);
    explicit SqliteStore(SQLite::Database database)
        : m_database(std::move(database)), m_cache(m_database) {}
    void append_audit(const domain::AuditEntry& entry);
    // One try of write_change.
    common::Result<std::vector<std::int64_t>> write_once(
        const std::vector<domain::RecordRef>& set_aside, const domain::ChangePlan& plan,
        const domain::ChangeReads& reads);
    // What a change's plan is given as stored, and the set-aside records as
    // stored now: its neighbourhood when `reads` gives one, else everything.
    std::pair<domain::Dataset, domain::Dataset> stored_for_change(
        const std::vector<domain::RecordRef>& set_aside, const std::vector<int64_t>& ids,
        const domain::ChangeReads& reads);
    // Notes the day a token is used, once a day per token and connection.
    void note_token_use(const std::string& token_hash);
    domain::Dataset load_in_transaction(const Scope* scope = nullptr);
    domain::Page read_page(const domain::ListQuery& query);
    // The user a statement of user_select() finds for `value`, if any.
    std::optional<domain::User> user_where(const std::string& sql, const std::string& value);
    // The generation of the shared ReadCache to read at, or nullopt when
    // this read must go to SQLite: inside a write, whose own changes are
    // not committed, or when the file's changes cannot be watched.
    std::optional<std::uint64_t> cache_generation();
    // After a commit: the cache's next generation is a new one at once.
    void changed_here() {
        if (m_read_cache) {
            m_read_cache->changed_here();
        }
    }

    // Ends the request's read snapshot, if one is open, before a write:
    // a write must see, and take its lock on, what is stored now.
    void end_snapshot();

    SQLite::Database m_database;
    StatementCache m_cache;
    std::unique_ptr<ReadTransaction> m_snapshot;  // while a read_snapshot() lives
    // What the cache's generation was when the snapshot began: the reads of
    // one request all use it.
    std::optional<std::uint64_t> m_snapshot_generation;
    std::shared_ptr<cache::ReadCache> m_read_cache;
    // token hash → the day its use was last noted (see note_token_use).
    std::unordered_map<std::string, std::string> m_token_use_days;
};

}  // namespace vincula::storage::sqlite
