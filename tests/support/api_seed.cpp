#include "support/api_seed.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/prepared_once.h"
#include "support/process.h"

namespace vincula::testing {
namespace {

namespace fs = std::filesystem;

// Bump when what prepare_seed() makes changes, so old copies are not reused.
constexpr std::string_view SEED_VERSION = "4";

struct SeedUser {
    Role role;
    std::string_view email;
    std::string_view area;
    std::string_view juror = "";
};

constexpr std::array<SeedUser, 5> USERS = {{
    {Role::Administrator, "administracion@vincula.test", ""},
    {Role::Capturist, "captura@vincula.test", ""},
    {Role::Area, "utvoe@vincula.test", AREA_KEY},
    {Role::Council, "consejeria@vincula.test", ""},
    {Role::Juror, "jurado@vincula.test", "", JUROR_KEY},
}};

void run_or_throw(const std::vector<std::string>& arguments, std::string_view input = {},
                  std::string* out = nullptr) {
    auto result = run_vincula(arguments, input);
    if (result.exit_code != 0) {
        std::string command = "vincula";
        for (const auto& argument : arguments) {
            command += " " + argument;
        }
        throw std::runtime_error(command + " failed (" + std::to_string(result.exit_code) +
                                 "): " + result.err);
    }
    if (out != nullptr) {
        *out = result.out;
        while (!out->empty() && (out->back() == '\n' || out->back() == '\r')) {
            out->pop_back();
        }
    }
}

// Adds a user with `vincula user add` (password on standard input) and
// returns a new API token of theirs.
std::string add_user(const std::string& db, const SeedUser& user) {
    std::vector<std::string> add{"user",    "add",
                                 "--db",    db,
                                 "--email", std::string(user.email),
                                 "--role",  std::string(role_name(user.role))};
    if (!user.area.empty()) {
        add.insert(add.end(), {"--area", std::string(user.area)});
    }
    if (!user.juror.empty()) {
        add.insert(add.end(), {"--juror", std::string(user.juror)});
    }
    run_or_throw(add, std::string(PASSWORD) + "\n");
    std::string token;
    run_or_throw({"user", "token", "--db", db, "--email", std::string(user.email), "--label",
                  "pruebas de la API"},
                 {}, &token);
    return token;
}

void prepare_seed(const std::string& directory) {
    nlohmann::json tokens;
    auto demo = directory + "/demo.sqlite";
    run_or_throw({"init", "--db", demo});
    run_or_throw({"import", "--db", demo, demo_bundle()});
    // A juror of the demo's contest, for the juror's account.
    auto jurors = directory + "/jurors.json";
    write_file(
        jurors,
        nlohmann::json{
            {"format", "vincula-bundle"},
            {"version", 1},
            {"jurors",
             {{{"key", JUROR_KEY}, {"contest", "vff4"}, {"name", "Persona del jurado de prueba"}}}}}
            .dump());
    run_or_throw({"import", "--db", demo, jurors});
    for (const auto& user : USERS) {
        tokens["demo"][std::string(role_name(user.role))] = add_user(demo, user);
    }
    auto empty = directory + "/empty.sqlite";
    run_or_throw({"init", "--db", empty});
    tokens["empty"]["administrador"] = add_user(empty, USERS[0]);
    // Generated data of every shape synth makes, for properties that must
    // hold beyond the demo's one quarter.
    auto synthetic = directory + "/synthetic.sqlite";
    auto bundle = directory + "/synthetic.json";
    run_or_throw({"init", "--db", synthetic});
    run_or_throw({"synth", "--out", bundle, "--years", "2", "--commissions", "2"});
    run_or_throw({"import", "--db", synthetic, bundle});
    for (const auto& user : USERS) {
        if (user.area.empty() && user.role != Role::Juror) {
            tokens["synthetic"][std::string(role_name(user.role))] = add_user(synthetic, user);
        }
    }
    write_file(directory + "/tokens.json", tokens.dump(2));
}

// The prepared databases for the binary and demo bundle as they are now:
// reused across test processes, prepared by the first that needs them.
std::string prepared_seed_directory() {
    return prepared_once("seed", {vincula_binary(), demo_bundle()}, std::string(SEED_VERSION),
                         prepare_seed);
}

// Prepared once per test process; a failure is remembered, so the tests
// after the first fail at once instead of preparing again.
const std::string& seed_directory() {
    static std::string directory;
    static std::string failure;
    if (directory.empty()) {
        if (!failure.empty()) {
            throw std::runtime_error(failure);
        }
        try {
            directory = prepared_seed_directory();
        } catch (const std::exception& error) {
            failure = error.what();
            throw;
        }
    }
    return directory;
}

}  // namespace

std::string_view role_name(Role role) {
    switch (role) {
        case Role::Public:
            return "público";
        case Role::Administrator:
            return "administrador";
        case Role::Capturist:
            return "capturista";
        case Role::Area:
            return "area";
        case Role::Council:
            return "consejeria";
        case Role::Juror:
            return "jurado";
    }
    return "";
}

std::string email_of(Role role) {
    for (const auto& user : USERS) {
        if (user.role == role) {
            return std::string(user.email);
        }
    }
    return "";
}

namespace {

std::string seed_name(Seed seed) {
    switch (seed) {
        case Seed::Demo:
            return "demo";
        case Seed::Empty:
            return "empty";
        case Seed::Synthetic:
            return "synthetic";
    }
    return "";
}

}  // namespace

std::string seed_database(Seed seed) {
    return seed_directory() + "/" + seed_name(seed) + ".sqlite";
}

std::string seed_token(Seed seed, Role role) {
    auto tokens = nlohmann::json::parse(read_file(seed_directory() + "/tokens.json"));
    return tokens.at(seed_name(seed)).at(std::string(role_name(role))).get<std::string>();
}

}  // namespace vincula::testing
