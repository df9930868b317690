// Mailings sent through the mail server, in SQLite: each step one IMMEDIATE
// transaction, so a mailing and its deliveries always agree.
#include <SQLiteCpp/Transaction.h>

#include "bundle/record_writer.h"
#include "storage/sqlite/record_rows.h"
#include "storage/sqlite/sqlite_store.h"

namespace vincula::storage::sqlite {
namespace {

constexpr const char* OUTGOING_COLUMNS =
    "o.id, o.network, o.kind, o.subject, o.body, o.date, o.created_by, o.created_at, o.state, "
    "o.error, o.mailing, "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = 'enviado'), "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = 'fallido'), "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = "
    "'pendiente'), o.action";

domain::OutgoingMailing outgoing_from(SQLite::Statement& row) {
    domain::OutgoingMailing mailing;
    mailing.id = row.getColumn(0).getInt64();
    mailing.network = row.getColumn(1).getString();
    mailing.kind = domain::from_wire<domain::MailingKind>(row.getColumn(2).getString())
                       .value_or(domain::MailingKind::Information);
    mailing.subject = row.getColumn(3).getString();
    mailing.body = row.getColumn(4).getString();
    if (auto date = common::Date::parse_iso(row.getColumn(5).getString())) {
        mailing.date = *date;
    }
    mailing.created_by = row.getColumn(6).getString();
    mailing.created_at = row.getColumn(7).getString();
    mailing.state = domain::from_wire<domain::SendState>(row.getColumn(8).getString())
                        .value_or(domain::SendState::Failed);
    mailing.error = row.getColumn(9).getString();
    if (!row.getColumn(10).isNull()) {
        mailing.record = row.getColumn(10).getInt64();
    }
    mailing.counts = {row.getColumn(11).getInt(), row.getColumn(12).getInt(),
                      row.getColumn(13).getInt()};
    if (!row.getColumn(14).isNull()) {
        mailing.action = row.getColumn(14).getString();
    }
    return mailing;
}

std::string record_text(const domain::Mailing& record) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    bundle::RecordWriter writer(out);
    domain::Mailing::describe(record, writer);
    return out.dump();
}

}  // namespace

std::int64_t SqliteStore::add_outgoing(const domain::OutgoingMailing& mailing,
                                       const std::vector<domain::Delivery>& recipients) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    std::int64_t id = 0;
    {
        auto& insert = m_cache.get(
            "INSERT INTO outgoing_mailings (network, kind, subject, body, date, created_by, state, "
            "action) VALUES (?, ?, ?, ?, ?, ?, 'enviando', ?)");
        StatementCache::Use use(insert);
        insert.bind(1, mailing.network);
        insert.bind(2, std::string(domain::to_wire(mailing.kind)));
        insert.bind(3, mailing.subject);
        insert.bind(4, mailing.body);
        insert.bind(5, mailing.date.to_iso());
        insert.bind(6, mailing.created_by);
        if (mailing.action) {
            insert.bind(7, *mailing.action);
        } else {
            insert.bind(7);
        }
        insert.exec();
        id = m_database.getLastInsertRowid();
    }
    auto& deliver = m_cache.get(
        "INSERT INTO mailing_deliveries (outgoing, email, name, state) VALUES (?, ?, ?, "
        "'pendiente') ON CONFLICT DO NOTHING");
    for (const auto& recipient : recipients) {
        StatementCache::Use use(deliver);
        deliver.bind(1, static_cast<int64_t>(id));
        deliver.bind(2, recipient.email);
        deliver.bind(3, recipient.name);
        deliver.exec();
    }
    append_audit(domain::AuditEntry{
        mailing.created_by, "enviar_correo", "outgoing_mailings", std::to_string(id), "",
        "{\"network\":" + nlohmann::json(mailing.network).dump() +
            ",\"subject\":" + nlohmann::json(mailing.subject).dump() +
            ",\"recipients\":" + std::to_string(recipients.size()) + "}"});
    transaction.commit();
    return id;
}

std::optional<domain::OutgoingMailing> SqliteStore::outgoing(std::int64_t id) {
    auto& select = m_cache.get(std::string("SELECT ") + OUTGOING_COLUMNS +
                               " FROM outgoing_mailings o WHERE o.id = ?");
    std::optional<domain::OutgoingMailing> found;
    {
        StatementCache::Use use(select);
        select.bind(1, static_cast<int64_t>(id));
        if (!select.executeStep()) {
            return std::nullopt;
        }
        found = outgoing_from(select);
    }
    auto& deliveries = m_cache.get(
        "SELECT id, email, name, state, detail FROM mailing_deliveries WHERE outgoing = ? "
        "ORDER BY id");
    StatementCache::Use use(deliveries);
    deliveries.bind(1, static_cast<int64_t>(id));
    while (deliveries.executeStep()) {
        found->deliveries.push_back(domain::Delivery{
            deliveries.getColumn(0).getInt64(), deliveries.getColumn(1).getString(),
            deliveries.getColumn(2).getString(),
            domain::from_wire<domain::DeliveryState>(deliveries.getColumn(3).getString())
                .value_or(domain::DeliveryState::Pending),
            deliveries.getColumn(4).getString()});
    }
    return found;
}

std::vector<domain::OutgoingMailing> SqliteStore::outgoing_list(const std::string& network) {
    auto& select = m_cache.get(std::string("SELECT ") + OUTGOING_COLUMNS +
                               " FROM outgoing_mailings o WHERE ?1 = '' OR o.network = ?1 "
                               "ORDER BY o.id DESC");
    StatementCache::Use use(select);
    select.bind(1, network);
    std::vector<domain::OutgoingMailing> list;
    while (select.executeStep()) {
        list.push_back(outgoing_from(select));
    }
    return list;
}

void SqliteStore::record_delivery(std::int64_t delivery, domain::DeliveryState state,
                                  const std::string& detail) {
    end_snapshot();
    auto& update = m_cache.get("UPDATE mailing_deliveries SET state = ?, detail = ? WHERE id = ?");
    StatementCache::Use use(update);
    update.bind(1, std::string(domain::to_wire(state)));
    update.bind(2, detail);
    update.bind(3, static_cast<int64_t>(delivery));
    update.exec();
}

bool SqliteStore::reopen_outgoing(std::int64_t id, const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    int reopened = 0;
    {
        auto& claim = m_cache.get(
            "UPDATE outgoing_mailings SET state = 'enviando', error = '' WHERE id = ? AND state "
            "IN ('parcial', 'fallido') AND EXISTS (SELECT 1 FROM mailing_deliveries WHERE "
            "outgoing = outgoing_mailings.id AND state <> 'enviado')");
        StatementCache::Use use(claim);
        claim.bind(1, static_cast<int64_t>(id));
        reopened = claim.exec();
    }
    if (reopened == 0) {
        return false;
    }
    {
        auto& pending = m_cache.get(
            "UPDATE mailing_deliveries SET state = 'pendiente', detail = '' WHERE outgoing = ? "
            "AND state = 'fallido'");
        StatementCache::Use use(pending);
        pending.bind(1, static_cast<int64_t>(id));
        pending.exec();
    }
    append_audit(domain::AuditEntry{actor, "reintentar_envio", "outgoing_mailings",
                                    std::to_string(id), "", ""});
    transaction.commit();
    return true;
}

domain::OutgoingMailing SqliteStore::finish_outgoing(std::int64_t id, domain::Mailing record,
                                                     const std::string& error,
                                                     const std::string& actor) {
    end_snapshot();
    SQLite::Transaction transaction(m_database, SQLite::TransactionBehavior::IMMEDIATE);
    auto current = outgoing(id);
    if (!current || current->state != domain::SendState::Sending) {
        return current.value_or(domain::OutgoingMailing{});
    }
    const auto& counts = current->counts;
    auto state = counts.failed + counts.pending == 0 ? domain::SendState::Sent
                 : counts.sent == 0                  ? domain::SendState::Failed
                                                     : domain::SendState::Partial;
    std::optional<std::int64_t> record_id = current->record;
    if (counts.sent > 0) {
        record.recipients = counts.sent;
        std::string before;
        if (record_id) {
            auto found = find(domain::RecordRef{"mailings", std::to_string(*record_id)});
            if (found.mailings.size() == 1) {
                before = record_text(found.mailings.front());
                update_record(m_cache, m_database, "mailings", *record_id, record);
            } else {
                record_id.reset();  // removed by hand meanwhile: written anew
            }
        }
        if (!record_id) {
            std::vector<int64_t> ids;
            insert_records(m_cache, m_database, "mailings", std::vector{record}, ids);
            record_id = ids.front();
        }
        append_audit(domain::AuditEntry{actor, before.empty() ? "crear" : "modificar", "mailings",
                                        std::to_string(*record_id), before, record_text(record)});
    }
    {
        auto& update = m_cache.get(
            "UPDATE outgoing_mailings SET state = ?, error = ?, mailing = ? WHERE id = ?");
        StatementCache::Use use(update);
        update.bind(1, std::string(domain::to_wire(state)));
        update.bind(2, state == domain::SendState::Sent ? std::string() : error);
        if (record_id) {
            update.bind(3, static_cast<int64_t>(*record_id));
        } else {
            update.bind(3);
        }
        update.bind(4, static_cast<int64_t>(id));
        update.exec();
    }
    auto ended = outgoing(id);
    transaction.commit();
    return ended.value_or(domain::OutgoingMailing{});
}

std::string SqliteStore::signing_secret(const std::string& candidate) {
    end_snapshot();
    {
        auto& insert = m_cache.get(
            "INSERT INTO mail_signing_secret (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING");
        StatementCache::Use use(insert);
        insert.bind(1, candidate);
        insert.exec();
    }
    auto& select = m_cache.get("SELECT secret FROM mail_signing_secret WHERE id = 1");
    StatementCache::Use use(select);
    select.executeStep();
    return select.getColumn(0).getString();
}

}  // namespace vincula::storage::sqlite
