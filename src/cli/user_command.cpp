// `vincula user`: the first administrator and everyone after, from the
// command line (the web interface needs someone to sign in first).
#include <iostream>
#include <ostream>

#include <termios.h>
#include <unistd.h>

#include "api/accounts.h"
#include "auth/credentials.h"
#include "cli/commands.h"
#include "common/messages.h"
#include "lang/text.h"

namespace vincula::cli {
namespace {

struct UserOptions {
    std::string db = "data/vincula.sqlite";
    std::string email;
    std::string name;
    std::string role;
    std::string area;
    std::string juror;
    std::string label;
};

// The password is never an argument (it would show in `ps` and in the
// shell's history): typed at a hidden prompt, or one line of standard input
// when it is not a terminal (scripts, tests).
std::string read_password(std::ostream& out) {
    std::string password;
    if (::isatty(STDIN_FILENO) == 0) {
        std::getline(std::cin, password);
        return password;
    }
    out << "Contraseña: " << std::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios hidden = saved;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    std::getline(std::cin, password);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    out << '\n';
    return password;
}

std::unique_ptr<domain::Database> open(Context& context, const std::string& db,
                                       const std::string& refused) {
    auto store = context.open_store(db, StoreAccess::Existing);
    if (!store) {
        print_problems(context.streams.err, store.error(), refused);
        return nullptr;
    }
    return std::move(*store);
}

int add_user(Context& context, const UserOptions& options) {
    const std::string refused = "No se creó el usuario.";
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    nlohmann::json request{{"email", options.email},
                           {"name", options.name.empty() ? options.email : options.name},
                           {"role", options.role},
                           {"password", read_password(context.streams.out)}};
    if (!options.area.empty()) {
        request["area"] = options.area;
    }
    if (!options.juror.empty()) {
        request["juror"] = options.juror;
    }
    // The same operation and rules as POST /api/v1/users, done by «sistema».
    api::Caller system{domain::User{0, "sistema", "sistema", domain::Role::Administrator,
                                    std::nullopt, std::nullopt, "", true},
                       "local"};
    auto response = api::create_user(*database, system, request.dump());
    if (response.status != 201) {
        auto errors = nlohmann::json::parse(response.body)["errores"];
        common::FieldErrors problems;
        for (const auto& error : errors) {
            problems.push_back(
                common::FieldError{error["campo"], error["regla"], error["mensaje"]});
        }
        print_problems(context.streams.err, problems, refused);
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Usuario creado: " << lang::to_lower(options.email) << " ("
                        << options.role << ").\n";
    return EXIT_OK;
}

int change_password(Context& context, const UserOptions& options) {
    const std::string refused = "No se cambió la contraseña.";
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    auto password = read_password(context.streams.out);
    auto rules = auth::check_password_rules(password, "contraseña");
    auto changed = rules ? database->set_password(lang::to_lower(options.email),
                                                  auth::hash_password(password), "sistema")
                         : rules;
    if (!changed) {
        print_problems(context.streams.err, changed.error(), refused);
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Contraseña cambiada; las sesiones abiertas de " << options.email
                        << " se cerraron.\n";
    return EXIT_OK;
}

int create_token(Context& context, const UserOptions& options) {
    const std::string refused = "No se creó el token.";
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    auto user = database->user_by_email(lang::to_lower(options.email));
    if (!user) {
        print_problems(context.streams.err,
                       {common::field_error("--email", "usuario_inexistente", {options.email})},
                       refused);
        return EXIT_BAD_INPUT;
    }
    auto secret = auth::new_secret();
    database->add_token(auth::secret_hash(secret), user->id, options.label);
    // Only the token on standard output, so a script can capture it.
    context.streams.out << secret << '\n';
    return EXIT_OK;
}

}  // namespace

void add_user_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand("user", "Usuarios: alta, contraseña y tokens de API");
    command->require_subcommand(1);
    auto options = std::make_shared<UserOptions>();

    auto* add = command->add_subcommand(
        "add", "Crea un usuario; la contraseña se pide sin mostrarla (o se lee de la entrada)");
    add_db_option(*add, options->db);
    add->add_option("--email", options->email, "Correo (con él inicia sesión)")->required();
    add->add_option("--name", options->name, "Nombre completo");
    add->add_option("--role", options->role,
                    "Perfil: administrador, capturista, area, consejeria o jurado")
        ->required();
    add->add_option("--area", options->area, "Área que representa (perfil area)");
    add->add_option("--juror", options->juror,
                    "Clave del integrante del jurado que es (perfil jurado)");
    add->callback([&context, options] { context.exit_code = add_user(context, *options); });

    auto* passwd = command->add_subcommand("passwd", "Cambia la contraseña de un usuario");
    add_db_option(*passwd, options->db);
    passwd->add_option("--email", options->email, "Correo del usuario")->required();
    passwd->callback(
        [&context, options] { context.exit_code = change_password(context, *options); });

    auto* token = command->add_subcommand(
        "token", "Crea un token de API para integraciones y lo imprime (una sola vez)");
    add_db_option(*token, options->db);
    token->add_option("--email", options->email, "Correo del usuario")->required();
    token->add_option("--label", options->label, "Para qué es el token")->required();
    token->callback([&context, options] { context.exit_code = create_token(context, *options); });
}

}  // namespace vincula::cli
