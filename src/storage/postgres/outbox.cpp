// Mailings sent through the mail server, in PostgreSQL: each step one
// transaction, the mailing's row locked while its state changes, so two
// servers never send the same pending message twice.
#include "bundle/record_writer.h"
#include "storage/postgres/postgres_store.h"
#include "storage/postgres/record_rows.h"
#include "storage/postgres/sql.h"

namespace vincula::storage::postgres {
namespace {

const std::string OUTGOING_SELECT =
    "SELECT o.id, o.network, o.kind, o.subject, o.body, o.date, o.created_by, "
    "to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), o.state, "
    "o.error, o.mailing, "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = 'enviado'), "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = 'fallido'), "
    "(SELECT COUNT(*) FROM mailing_deliveries d WHERE d.outgoing = o.id AND d.state = "
    "'pendiente'), o.action FROM outgoing_mailings o ";

domain::OutgoingMailing outgoing_from(const pqxx::row& row) {
    domain::OutgoingMailing mailing;
    mailing.id = row[0].as<std::int64_t>();
    mailing.network = row[1].as<std::string>();
    mailing.kind = domain::from_wire<domain::MailingKind>(row[2].as<std::string>())
                       .value_or(domain::MailingKind::Information);
    mailing.subject = row[3].as<std::string>();
    mailing.body = row[4].as<std::string>();
    if (auto date = common::Date::parse_iso(row[5].as<std::string>())) {
        mailing.date = *date;
    }
    mailing.created_by = row[6].as<std::string>();
    mailing.created_at = row[7].as<std::string>();
    mailing.state = domain::from_wire<domain::SendState>(row[8].as<std::string>())
                        .value_or(domain::SendState::Failed);
    mailing.error = row[9].as<std::string>();
    if (!row[10].is_null()) {
        mailing.record = row[10].as<std::int64_t>();
    }
    mailing.counts = {row[11].as<int>(), row[12].as<int>(), row[13].as<int>()};
    if (!row[14].is_null()) {
        mailing.action = row[14].as<std::string>();
    }
    return mailing;
}

std::optional<domain::OutgoingMailing> read_outgoing(Sql& sql, std::int64_t id) {
    auto rows = sql.run(OUTGOING_SELECT + "WHERE o.id = $1", id);
    if (rows.empty()) {
        return std::nullopt;
    }
    auto found = outgoing_from(rows[0]);
    for (const auto& row :
         sql.run("SELECT id, email, name, state, detail FROM mailing_deliveries WHERE outgoing = "
                 "$1 ORDER BY id",
                 id)) {
        found.deliveries.push_back(domain::Delivery{
            row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
            domain::from_wire<domain::DeliveryState>(row[3].as<std::string>())
                .value_or(domain::DeliveryState::Pending),
            row[4].as<std::string>()});
    }
    return found;
}

std::string record_text(const domain::Mailing& record) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    bundle::RecordWriter writer(out);
    domain::Mailing::describe(record, writer);
    return out.dump();
}

// The stored mailings record `id`, as audit text; empty when it is gone.
std::string stored_record_text(Sql& sql, std::int64_t id) {
    auto rows = sql.run(
        "SELECT network, date, kind, recipients, subject, info, action FROM mailings WHERE id = $1",
        id);
    if (rows.empty()) {
        return {};
    }
    const auto& row = rows[0];
    domain::Mailing record;
    record.network = row[0].as<std::string>();
    record.date = common::Date::parse_iso(row[1].as<std::string>()).value_or(common::Date());
    record.kind = domain::from_wire<domain::MailingKind>(row[2].as<std::string>())
                      .value_or(domain::MailingKind::Information);
    if (!row[3].is_null()) {
        record.recipients = row[3].as<int>();
    }
    if (!row[4].is_null()) {
        record.subject = row[4].as<std::string>();
    }
    record.info = row[5].as<std::string>();
    if (!row[6].is_null()) {
        record.action = row[6].as<std::string>();
    }
    return record_text(record);
}

}  // namespace

std::int64_t PostgresStore::add_outgoing(const domain::OutgoingMailing& mailing,
                                         const std::vector<domain::Delivery>& recipients) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto id = sql.run(
                     "INSERT INTO outgoing_mailings (network, kind, subject, body, date, "
                     "created_by, state, action) VALUES ($1, $2, $3, $4, $5, $6, 'enviando', $7) "
                     "RETURNING id",
                     mailing.network, std::string(domain::to_wire(mailing.kind)), mailing.subject,
                     mailing.body, mailing.date.to_iso(), mailing.created_by, mailing.action)[0][0]
                  .as<std::int64_t>();
    for (const auto& recipient : recipients) {
        sql.run(
            "INSERT INTO mailing_deliveries (outgoing, email, name, state) VALUES ($1, $2, $3, "
            "'pendiente') ON CONFLICT DO NOTHING",
            id, recipient.email, recipient.name);
    }
    append_audit(
        sql, domain::AuditEntry{mailing.created_by, "enviar_correo", "outgoing_mailings",
                                std::to_string(id), "",
                                "{\"network\":" + nlohmann::json(mailing.network).dump() +
                                    ",\"subject\":" + nlohmann::json(mailing.subject).dump() +
                                    ",\"recipients\":" + std::to_string(recipients.size()) + "}"});
    commit(transaction);
    return id;
}

std::optional<domain::OutgoingMailing> PostgresStore::outgoing(std::int64_t id) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    return read_outgoing(sql, id);
}

std::vector<domain::OutgoingMailing> PostgresStore::outgoing_list(const std::string& network) {
    pqxx::read_transaction transaction(*m_connection);
    Sql sql{transaction, m_statements};
    std::vector<domain::OutgoingMailing> list;
    for (const auto& row :
         sql.run(OUTGOING_SELECT + "WHERE $1 = '' OR o.network = $1 ORDER BY o.id DESC", network)) {
        list.push_back(outgoing_from(row));
    }
    return list;
}

void PostgresStore::record_delivery(std::int64_t delivery, domain::DeliveryState state,
                                    const std::string& detail) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("UPDATE mailing_deliveries SET state = $1, detail = $2 WHERE id = $3",
            std::string(domain::to_wire(state)), detail, delivery);
    commit(transaction);
}

bool PostgresStore::reopen_outgoing(std::int64_t id, const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    auto claimed = sql.run(
        "UPDATE outgoing_mailings SET state = 'enviando', error = '' WHERE id = $1 AND state IN "
        "('parcial', 'fallido') AND EXISTS (SELECT 1 FROM mailing_deliveries WHERE outgoing = "
        "outgoing_mailings.id AND state <> 'enviado') RETURNING id",
        id);
    if (claimed.empty()) {
        return false;
    }
    sql.run(
        "UPDATE mailing_deliveries SET state = 'pendiente', detail = '' WHERE outgoing = $1 AND "
        "state = 'fallido'",
        id);
    append_audit(sql, domain::AuditEntry{actor, "reintentar_envio", "outgoing_mailings",
                                         std::to_string(id), "", ""});
    commit(transaction);
    return true;
}

domain::OutgoingMailing PostgresStore::finish_outgoing(std::int64_t id, domain::Mailing record,
                                                       const std::string& error,
                                                       const std::string& actor) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    // Locked: a retry cannot claim it while it ends.
    sql.run("SELECT id FROM outgoing_mailings WHERE id = $1 FOR UPDATE", id);
    auto current = read_outgoing(sql, id);
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
            before = stored_record_text(sql, *record_id);
            if (before.empty()) {
                record_id.reset();  // removed by hand meanwhile: written anew
            } else {
                update_record(sql, "mailings", *record_id, record);
            }
        }
        if (!record_id) {
            record_id = insert_records(sql, "mailings", std::vector{record}).front();
        }
        append_audit(sql,
                     domain::AuditEntry{actor, before.empty() ? "crear" : "modificar", "mailings",
                                        std::to_string(*record_id), before, record_text(record)});
    }
    sql.run("UPDATE outgoing_mailings SET state = $1, error = $2, mailing = $3 WHERE id = $4",
            std::string(domain::to_wire(state)),
            state == domain::SendState::Sent ? std::string() : error, record_id, id);
    auto ended = read_outgoing(sql, id);
    commit(transaction);
    return ended.value_or(domain::OutgoingMailing{});
}

std::string PostgresStore::signing_secret(const std::string& candidate) {
    pqxx::work transaction(*m_connection);
    Sql sql{transaction, m_statements};
    sql.run("INSERT INTO mail_signing_secret (id, secret) VALUES (1, $1) ON CONFLICT DO NOTHING",
            candidate);
    auto secret =
        sql.run("SELECT secret FROM mail_signing_secret WHERE id = 1")[0][0].as<std::string>();
    commit(transaction);
    return secret;
}

}  // namespace vincula::storage::postgres
