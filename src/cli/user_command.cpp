// `vincula user`: the first administrator and everyone after, from the
// command line (the web interface needs someone to sign in first).
#include <iostream>
#include <limits>
#include <ostream>

#include <termios.h>
#include <unistd.h>

#include "api/accounts.h"
#include "api/user_accounts.h"
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
    int expires_days = 0;
    std::int64_t revoke = 0;
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
    // On the command line there is no link to send: the password is given.
    auto password = read_password(context.streams.out);
    if (auto rules = auth::check_password_rules(password, "password"); !rules) {
        print_problems(context.streams.err, rules.error(), refused);
        return EXIT_BAD_INPUT;
    }
    nlohmann::json request{{"email", options.email},
                           {"name", options.name.empty() ? options.email : options.name},
                           {"role", options.role},
                           {"password", password}};
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

// The user `--email` names, or nothing once the problem is printed.
std::optional<domain::User> named_user(Context& context, domain::Database& database,
                                       const std::string& email, const std::string& refused) {
    auto user = database.user_by_email(lang::to_lower(email));
    if (!user) {
        print_problems(context.streams.err,
                       {common::field_error("--email", "usuario_inexistente", {email})}, refused);
    }
    return user;
}

int revoke_token(Context& context, const UserOptions& options) {
    const std::string refused = "No se revocó ningún token.";
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    if (!database->revoke_token(options.revoke, std::nullopt, "sistema")) {
        print_problems(context.streams.err,
                       {common::field_error("--revoke", "token_inexistente",
                                            {std::to_string(options.revoke)})},
                       refused);
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Token " << options.revoke
                        << " revocado: ya no abre la API desde este momento.\n";
    return EXIT_OK;
}

int create_token(Context& context, const UserOptions& options) {
    if (options.revoke > 0) {
        return revoke_token(context, options);
    }
    const std::string refused = "No se creó el token.";
    common::FieldErrors missing;
    if (options.email.empty()) {
        missing.push_back(common::field_error("--email", "obligatorio"));
    }
    if (options.label.empty()) {
        missing.push_back(common::field_error("--label", "obligatorio"));
    }
    if (!missing.empty()) {
        print_problems(context.streams.err, missing, refused);
        return EXIT_BAD_INPUT;
    }
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    auto user = named_user(context, *database, options.email, refused);
    if (!user) {
        return EXIT_BAD_INPUT;
    }
    auto secret = auth::new_secret();
    database->add_token(auth::secret_hash(secret), user->id, options.label, options.expires_days);
    // Only the token on standard output, so a script can capture it.
    context.streams.out << secret << '\n';
    return EXIT_OK;
}

int list_tokens(Context& context, const UserOptions& options) {
    const std::string refused = "No se listaron los tokens.";
    auto database = open(context, options.db, refused);
    if (!database) {
        return EXIT_BAD_INPUT;
    }
    std::optional<std::int64_t> owner;
    if (!options.email.empty()) {
        auto user = named_user(context, *database, options.email, refused);
        if (!user) {
            return EXIT_BAD_INPUT;
        }
        owner = user->id;
    }
    auto& out = context.streams.out;
    for (const auto& token : database->tokens(owner)) {
        out << token.id << "\t" << token.email << "\t" << token.label << "\tcreado "
            << token.created_at << "\túltimo uso "
            << (token.last_used_at.empty() ? "nunca" : token.last_used_at) << "\tvence "
            << (token.expires_at.empty() ? "nunca" : token.expires_at) << '\n';
    }
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
    token->add_option("--email", options->email, "Correo del usuario");
    token->add_option("--label", options->label, "Para qué es el token");
    token
        ->add_option("--expires-days", options->expires_days,
                     "Días de vigencia (sin esta opción, el token no vence)")
        ->check(CLI::Range(1, 3650));
    token
        ->add_option("--revoke", options->revoke,
                     "Revoca el token con este número (véase «user tokens») en vez de crear uno")
        ->check(CLI::Range(std::int64_t{1}, std::numeric_limits<std::int64_t>::max()));
    token->callback([&context, options] { context.exit_code = create_token(context, *options); });

    auto* tokens = command->add_subcommand(
        "tokens", "Lista los tokens de API (número, usuario, uso y vencimiento; nunca el secreto)");
    add_db_option(*tokens, options->db);
    tokens->add_option("--email", options->email, "Solo los de este usuario");
    tokens->callback([&context, options] { context.exit_code = list_tokens(context, *options); });
}

}  // namespace vincula::cli
