#pragma once

#include <array>
#include <string>
#include <string_view>

// The databases the API tests start from, prepared with the real commands
// (`vincula init`, `import`, `user add` with the password on standard
// input, `user token`) once per build of the binary and kept in the build
// tree, so a test copies a file instead of running fifteen commands and
// their password hashing. Test processes share them: the first one that
// needs them prepares them.
namespace vincula::testing {

// Who calls the API. The demo database has a user of each role.
enum class Role { Public, Administrator, Capturist, Area, Council, Juror };
inline constexpr std::array<Role, 6> ALL_ROLES = {
    Role::Public, Role::Administrator, Role::Capturist, Role::Area, Role::Council, Role::Juror};

// The role's wire name («público» for no user at all).
std::string_view role_name(Role role);
// The e-mail of the role's user ("" for the public).
std::string email_of(Role role);
// Every prepared user's password.
inline constexpr std::string_view PASSWORD = "contraseña de prueba 2021";
// The operating area the `area` user speaks for (convenios c-jce and
// c-cne-ecuador in the demo; c-infocdmx belongs to SE).
inline constexpr std::string_view AREA_KEY = "UTVOE";
// The juror of the demo's contest that the juror's account is.
inline constexpr std::string_view JUROR_KEY = "vff4-jurado-prueba";

enum class Seed {
    Demo,       // the Q4 2021 demo bundle and a user per role
    Empty,      // no records; only the administrator
    Synthetic,  // `vincula synth` (two years, two commissions): administrator,
                // capturist and councillor
};

// The prepared SQLite file: copy it, never open it in place.
// Throws std::runtime_error with the failing command's messages.
std::string seed_database(Seed seed);
// The API token of a role's user in that database.
std::string seed_token(Seed seed, Role role);

}  // namespace vincula::testing
