// Users, sessions, API tokens and sign-in attempts; opening a database that
// is not initialised, or newer than the program.
#include <chrono>
#include <thread>

#include "backends.h"
#include "storage/open_database.h"

namespace vincula::testing {
namespace {

class Accounts : public StorageTest {
protected:
    domain::User add(const std::string& email, domain::Role role = domain::Role::Capturist) {
        domain::User user;
        user.email = email;
        user.name = "Ana Pérez";
        user.role = role;
        user.password_hash = "$argon2id$x";
        auto added = database().add_user(user, "sistema");
        EXPECT_TRUE(added) << (added ? "" : added.error().front().message);
        return added ? added.value() : domain::User{};
    }
};

TEST_P(Accounts, AUserIsAddedOnceAndAudited) {
    auto ana = add("ana@iecm.mx", domain::Role::Administrator);
    EXPECT_GT(ana.id, 0);
    auto found = database().user_by_email("ana@iecm.mx");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, ana.id);
    EXPECT_EQ(found->role, domain::Role::Administrator);
    EXPECT_EQ(found->password_hash, "$argon2id$x");
    EXPECT_FALSE(found->area);

    domain::User other;
    other.email = "ana@iecm.mx";
    other.name = "Otra";
    auto again = database().add_user(other, "sistema");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().front().rule, "email_en_uso");
    EXPECT_EQ(again.error().front().field, "email");
    add("beto@iecm.mx");
    ASSERT_EQ(database().users().size(), 2u);
    EXPECT_EQ(database().users()[1].email, "beto@iecm.mx");

    auto audited = database().audit(audit_query("", "users"));
    ASSERT_EQ(audited.size(), 2u);
    EXPECT_EQ(audited[1].entry.key, "ana@iecm.mx");
    EXPECT_EQ(audited[1].entry.after.find("argon2"), std::string::npos);
}

TEST_P(Accounts, SessionsLiveUntilTheyExpireOrAreRemoved) {
    auto ana = add("ana@iecm.mx");
    database().add_session("sesion-larga", ana.id, 3600);
    database().add_session("sesion-corta", ana.id, 1);
    database().add_session("sesion-cerrada", ana.id, 3600);
    database().remove_session("sesion-cerrada");
    ASSERT_TRUE(database().user_of_session("sesion-larga"));
    EXPECT_EQ(database().user_of_session("sesion-larga")->email, "ana@iecm.mx");
    EXPECT_FALSE(database().user_of_session("sesion-cerrada"));
    EXPECT_FALSE(database().user_of_session("desconocida"));
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    EXPECT_FALSE(database().user_of_session("sesion-corta"));
    EXPECT_TRUE(database().user_of_session("sesion-larga"));

    // A new password ends the sessions opened with the old one.
    ASSERT_TRUE(database().set_password("ana@iecm.mx", "$argon2id$y", "sistema"));
    EXPECT_FALSE(database().user_of_session("sesion-larga"));
    EXPECT_EQ(database().user_by_email("ana@iecm.mx")->password_hash, "$argon2id$y");
    auto missing = database().set_password("nadie@iecm.mx", "$argon2id$z", "sistema");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().front().field, "email");
}

TEST_P(Accounts, AChangedUserKeepsEmailAndPasswordAndADeactivatedOneLosesItsSessions) {
    auto ana = add("ana@iecm.mx");
    database().add_session("sesion-de-ana", ana.id, 3600);
    auto changed = ana;
    changed.name = "Ana Pérez Luna";
    changed.role = domain::Role::Council;
    changed.email = "otro@iecm.mx";          // not changed by update_user
    changed.password_hash = "$argon2id$no";  // nor this
    auto updated = database().update_user(changed, "admin@iecm.mx");
    ASSERT_TRUE(updated) << updated.error().front().message;
    auto stored = database().user_by_email("ana@iecm.mx");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->name, "Ana Pérez Luna");
    EXPECT_EQ(stored->role, domain::Role::Council);
    EXPECT_EQ(stored->password_hash, "$argon2id$x");
    EXPECT_TRUE(database().user_of_session("sesion-de-ana"));

    changed.active = false;
    ASSERT_TRUE(database().update_user(changed, "admin@iecm.mx"));
    EXPECT_FALSE(database().user_by_email("ana@iecm.mx")->active);
    EXPECT_FALSE(database().user_of_session("sesion-de-ana"));
    auto audited = database().audit(audit_query("", "users"));
    ASSERT_EQ(audited.size(), 3u);
    EXPECT_EQ(audited[0].entry.action, "modificar");
    EXPECT_EQ(audited[0].entry.key, "ana@iecm.mx");

    domain::User nobody;
    nobody.id = 99'999;
    auto missing = database().update_user(nobody, "admin@iecm.mx");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().front().rule, "usuario_numero_inexistente");
}

TEST_P(Accounts, APasswordHashedAgainKeepsItsSessionsAndIsNotAudited) {
    auto ana = add("ana@iecm.mx");
    database().add_session("sesion-de-ana", ana.id, 3600);
    auto audited_before = database().audit(audit_query("", "users")).size();
    database().rehash_password(ana.id, "$argon2id$x", "$argon2id$nuevo");
    EXPECT_EQ(database().user_by_email("ana@iecm.mx")->password_hash, "$argon2id$nuevo");
    EXPECT_TRUE(database().user_of_session("sesion-de-ana"));
    EXPECT_EQ(database().audit(audit_query("", "users")).size(), audited_before);
    // Changed meanwhile: the hash of then does not overwrite the new one.
    database().rehash_password(ana.id, "$argon2id$x", "$argon2id$tarde");
    EXPECT_EQ(database().user_by_email("ana@iecm.mx")->password_hash, "$argon2id$nuevo");
}

TEST_P(Accounts, TokensNameTheirUser) {
    auto ana = add("ana@iecm.mx");
    auto beto = add("beto@iecm.mx");
    database().add_token("token-ana", ana.id, "carga nocturna", 0);
    database().add_token("token-beto", beto.id, "tablero", 0);
    ASSERT_TRUE(database().user_of_token("token-ana"));
    EXPECT_EQ(database().user_of_token("token-ana")->email, "ana@iecm.mx");
    EXPECT_EQ(database().user_of_token("token-beto")->id, beto.id);
    EXPECT_FALSE(database().user_of_token("token-falso"));
}

TEST_P(Accounts, TokensAreListedByOwnerExpireAndAreRevokedOnlyByWhoMay) {
    auto ana = add("ana@iecm.mx");
    auto beto = add("beto@iecm.mx");
    database().add_token("token-ana", ana.id, "carga nocturna", 30);
    database().add_token("token-beto", beto.id, "tablero", 0);
    ASSERT_TRUE(database().user_of_token("token-ana"));  // noted as used today
    auto mine = database().tokens(ana.id);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].label, "carga nocturna");
    EXPECT_EQ(mine[0].email, "ana@iecm.mx");
    EXPECT_EQ(mine[0].expires_at.size(), 20u);
    EXPECT_EQ(mine[0].last_used_at.size(), 10u);
    EXPECT_EQ(database().tokens(std::nullopt).size(), 2u);
    EXPECT_TRUE(database().tokens(beto.id)[0].expires_at.empty());

    // Beto may not revoke Ana's token; she may, once.
    EXPECT_FALSE(database().revoke_token(mine[0].id, beto.id, "beto@iecm.mx"));
    EXPECT_TRUE(database().user_of_token("token-ana"));
    EXPECT_TRUE(database().revoke_token(mine[0].id, ana.id, "ana@iecm.mx"));
    EXPECT_FALSE(database().user_of_token("token-ana"));
    EXPECT_FALSE(database().revoke_token(mine[0].id, std::nullopt, "sistema"));
    auto audited = database().audit(audit_query("", "api_tokens"));
    ASSERT_EQ(audited.size(), 1u);
    EXPECT_EQ(audited[0].entry.action, "revocar_token");
    EXPECT_EQ(audited[0].entry.before.find("token-ana"), std::string::npos) << "never the hash";
}

TEST_P(Accounts, SignInAttemptsAreCountedByAccountAndAddressAsTheyBegin) {
    using domain::AttemptOutcome;
    for (int i = 0; i < 3; ++i) {
        auto gate = database().begin_attempt("ana@iecm.mx", "10.0.0.1", 600);
        EXPECT_EQ(gate.pair_failures, i) << "each attempt counts the ones before it";
        database().finish_attempt(gate.id, AttemptOutcome::Failed);
    }
    database().finish_attempt(database().begin_attempt("beto@iecm.mx", "10.0.0.1", 600).id,
                              AttemptOutcome::Failed);
    database().finish_attempt(database().begin_attempt("ana@iecm.mx", "10.0.0.2", 600).id,
                              AttemptOutcome::Failed);
    // Held back: counts for nothing.
    database().finish_attempt(database().begin_attempt("ana@iecm.mx", "10.0.0.1", 600).id,
                              AttemptOutcome::NotTried);
    auto gate = database().begin_attempt("ana@iecm.mx", "10.0.0.1", 600);
    EXPECT_EQ(gate.pair_failures, 3);
    EXPECT_EQ(gate.address_failures, 4);
    EXPECT_LE(gate.seconds_since_pair_failure, 2);
    // A success of the pair starts its count again; the address's stays.
    database().finish_attempt(gate.id, AttemptOutcome::Succeeded);
    auto after = database().begin_attempt("ana@iecm.mx", "10.0.0.1", 600);
    EXPECT_EQ(after.pair_failures, 0);
    EXPECT_EQ(after.address_failures, 4);
    EXPECT_EQ(database().begin_attempt("carla@iecm.mx", "10.0.0.9", 600).address_failures, 0);
}

class Opening : public StorageTest {};

TEST_P(Opening, RefusesADatabaseNotInitialisedOrNewerThanTheProgram) {
    FreshDatabase empty(GetParam());
    auto opened = storage::open_database(empty.location(), domain::OpenMode::ExistingOnly);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().front().rule, "base_no_inicializada");

    fresh().execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'futura')");
    opened = storage::open_database(fresh().location(), domain::OpenMode::ExistingOnly);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().front().rule, "esquema_mas_nuevo");
}

TEST_P(Opening, NamesAnUnreachableDatabase) {
    auto location = GetParam() == Backend::Sqlite
                        ? std::string("/proc/no-se-puede/vincula.sqlite")
                        : std::string("postgresql://nadie@127.0.0.1:1/vincula");
    auto opened = storage::open_database(location, domain::OpenMode::CreateOrUpgrade);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().front().rule, "base_de_datos");
}

VINCULA_ON_EVERY_BACKEND(Accounts);
VINCULA_ON_EVERY_BACKEND(Opening);

}  // namespace
}  // namespace vincula::testing
