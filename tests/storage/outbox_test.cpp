// Mailings sent through the mail server: a mailing and its deliveries are
// recorded together, each answer kept, the bundle's `mailings` record
// written when the sending ends (and updated, not duplicated, by a retry),
// and the signing secret written once for every server on the database.
#include "backends.h"

namespace vincula::testing {
namespace {

class Outbox : public StorageTest {
protected:
    void SetUp() override {
        StorageTest::SetUp();
        auto imported = domain::import_dataset(database(), demo_dataset());
        ASSERT_TRUE(imported) << imported.error().front().message;
    }

    std::int64_t add(std::vector<std::string> emails) {
        domain::OutgoingMailing mailing;
        mailing.network = "red-obs";
        mailing.kind = domain::MailingKind::Invitation;
        mailing.subject = "Invitación";
        mailing.body = "Texto";
        mailing.action = "pat-2021/3/B";
        mailing.date = *common::Date::parse_iso("2021-10-20");
        mailing.created_by = "ana@iecm.mx";
        std::vector<domain::Delivery> recipients;
        for (auto& email : emails) {
            recipients.push_back(domain::Delivery{0, email, "Persona " + email, {}, {}});
        }
        return database().add_outgoing(mailing, recipients);
    }

    domain::Mailing record_of(const domain::OutgoingMailing& mailing) {
        domain::Mailing record;
        record.network = mailing.network;
        record.date = mailing.date;
        record.kind = mailing.kind;
        record.subject = mailing.subject;
        record.info = mailing.subject;
        record.action = mailing.action;
        return record;
    }
};

TEST_P(Outbox, ASendingEndsWithItsMailingRecord) {
    auto mailings_before = database().load().mailings.size();
    auto id = add({"a@example.org", "b@example.org", "a@example.org"});
    auto stored = database().outgoing(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, domain::SendState::Sending);
    EXPECT_EQ(stored->action, "pat-2021/3/B");
    ASSERT_EQ(stored->deliveries.size(), 2u);  // an address listed twice: one message
    EXPECT_EQ(stored->counts.pending, 2);
    EXPECT_EQ(stored->deliveries[0].name, "Persona a@example.org");

    database().record_delivery(stored->deliveries[0].id, domain::DeliveryState::Sent, "");
    database().record_delivery(stored->deliveries[1].id, domain::DeliveryState::Failed,
                               "rechazado: 550");
    auto ended =
        database().finish_outgoing(id, record_of(*stored), "rechazado: 550", "ana@iecm.mx");
    EXPECT_EQ(ended.state, domain::SendState::Partial);
    EXPECT_EQ(ended.error, "rechazado: 550");
    ASSERT_TRUE(ended.record);
    auto data = database().load();
    ASSERT_EQ(data.mailings.size(), mailings_before + 1);
    EXPECT_EQ(data.mailings.back().recipients, 1);
    EXPECT_EQ(data.mailings.back().action, "pat-2021/3/B");
    auto audited = database().audit(audit_query("", "mailings"));
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited[0].entry.action, "crear");
    EXPECT_EQ(audited[0].entry.key, std::to_string(*ended.record));

    // Ending twice changes nothing.
    database().finish_outgoing(id, record_of(*stored), "", "ana@iecm.mx");
    EXPECT_EQ(database().load().mailings.size(), mailings_before + 1);

    // The retry: only the failed one is pending again, then the same
    // record counts both.
    ASSERT_TRUE(database().reopen_outgoing(id, "ana@iecm.mx"));
    EXPECT_FALSE(database().reopen_outgoing(id, "ana@iecm.mx"));  // being sent already
    auto reopened = database().outgoing(id);
    EXPECT_EQ(reopened->counts.sent, 1);
    EXPECT_EQ(reopened->counts.pending, 1);
    database().record_delivery(reopened->deliveries[1].id, domain::DeliveryState::Sent, "");
    auto completed = database().finish_outgoing(id, record_of(*reopened), "", "ana@iecm.mx");
    EXPECT_EQ(completed.state, domain::SendState::Sent);
    EXPECT_EQ(completed.record, ended.record);
    data = database().load();
    ASSERT_EQ(data.mailings.size(), mailings_before + 1);
    EXPECT_EQ(data.mailings.back().recipients, 2);
    EXPECT_FALSE(database().reopen_outgoing(id, "ana@iecm.mx"));  // nothing left to send
    EXPECT_EQ(database().outgoing_list("red-obs").front().id, id);
    EXPECT_TRUE(database().outgoing_list("voto-chilango").empty());
}

TEST_P(Outbox, NothingAcceptedWritesNoMailingRecord) {
    auto mailings_before = database().load().mailings.size();
    auto id = add({"a@example.org", "b@example.org"});
    auto stored = database().outgoing(id);
    database().record_delivery(stored->deliveries[0].id, domain::DeliveryState::Failed,
                               "sin conexión");
    auto ended = database().finish_outgoing(id, record_of(*stored), "sin conexión", "ana@iecm.mx");
    EXPECT_EQ(ended.state, domain::SendState::Failed);
    EXPECT_FALSE(ended.record);
    EXPECT_EQ(ended.counts.pending, 1);
    EXPECT_EQ(database().load().mailings.size(), mailings_before);
}

TEST_P(Outbox, TheSigningSecretIsWrittenOnce) {
    EXPECT_EQ(database().signing_secret("primero"), "primero");
    EXPECT_EQ(database().signing_secret("segundo"), "primero");
    auto other = fresh().open(domain::OpenMode::ExistingOnly);
    EXPECT_EQ(other->signing_secret("tercero"), "primero");
    // Not part of the bundle: an export does not carry it.
    EXPECT_EQ(database().load().mailings.size(), demo_dataset().mailings.size());
}

VINCULA_ON_EVERY_BACKEND(Outbox);

}  // namespace
}  // namespace vincula::testing
