// `vincula serve`: the REST API (and, later, the web interface) over the
// database named by --db, until Ctrl+C or SIGTERM.
#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <ostream>
#include <thread>

#include <malloc.h>
#include <pthread.h>

#include "cli/commands.h"
#include "http/server.h"
#include "mail/smtp.h"
#include "render/pdf/pdf_report.h"

namespace vincula::cli {
namespace {

struct ServeOptions {
    std::string db = "data/vincula.sqlite";
    std::string listen = "127.0.0.1:8080";
    std::size_t threads = 2;
    std::size_t workers = http::ServerOptions{}.workers;
    bool secure_cookies = false;
    std::size_t connections_per_address = http::ServerOptions{}.connections_per_address;
    mail::Settings mail;
    int contest_requests_per_hour = api::ContestLimits{}.requests_per_hour;
    std::uint64_t contest_unreviewed_mib = api::ContestLimits{}.unreviewed_bytes / (1024 * 1024);
};

// «127.0.0.1:8080», «:8080» (all interfaces would need an explicit
// 0.0.0.0), «[::1]:8080».
std::optional<std::pair<std::string, std::uint16_t>> parse_listen(const std::string& text) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos) {
        return std::nullopt;
    }
    auto host = text.substr(0, colon);
    if (host.starts_with("[") && host.ends_with("]")) {
        host = host.substr(1, host.size() - 2);
    }
    if (host.empty()) {
        host = "127.0.0.1";
    }
    try {
        std::size_t used = 0;
        auto port = std::stoul(text.substr(colon + 1), &used);
        if (used != text.size() - colon - 1 || port > 65535) {
            return std::nullopt;
        }
        return std::pair{host, static_cast<std::uint16_t>(port)};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

int run_serve(Context& context, const ServeOptions& options) {
    auto& err = context.streams.err;
    auto listen = parse_listen(options.listen);
    if (!listen) {
        print_problems(err,
                       {common::FieldError{"--listen", "direccion_escucha",
                                           "\"" + options.listen +
                                               "\" no es una dirección válida; use "
                                               "DIRECCIÓN:PUERTO, por ejemplo 127.0.0.1:8080."}},
                       "No se inició el servidor.");
        return EXIT_USAGE;
    }
    // The signals are waited for here, not delivered to whichever thread
    // the server starts: blocked before any thread exists, inherited by all.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    // glibc gives each busy thread a heap of its own (up to eight per core)
    // and keeps what pages freed in each for the next one: with four people
    // loading pages at once the server held 65 MiB instead of 48 (S2 of
    // bench/http/sizes, BENCHMARKS.md). One heap per core, set before any
    // thread exists.
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(2U, std::thread::hardware_concurrency())));
    // A page is built in texts of tens to hundreds of KiB, and freed: by
    // default each large one was a mapping of its own, and the free memory
    // at a heap's top went back to the kernel after each page, so the next
    // page faulted every one of its pages in again (a sixth of a page's
    // time in the kernel). Up to 4 MiB per heap is kept for the next page.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 4 << 20);

    http::ServerOptions server_options;
    server_options.address = listen->first;
    server_options.port = listen->second;
    server_options.io_threads = options.threads;
    server_options.workers = options.workers;
    server_options.config.secure_cookies = options.secure_cookies;
    server_options.connections_per_address = options.connections_per_address;
    server_options.config.mail = options.mail;
    server_options.config.contest.requests_per_hour = options.contest_requests_per_hour;
    server_options.config.contest.unreviewed_bytes = options.contest_unreviewed_mib * 1024 * 1024;
    // The password never on the command line, where `ps` shows it.
    if (const char* password = std::getenv("VINCULA_SMTP_PASSWORD")) {
        server_options.config.mail.password = password;
    }
    // A server makes PDF after PDF: WeasyPrint stays loaded between them.
    render::pdf::keep_weasyprint_warm();
    const auto& db = options.db;
    auto server = http::Server::start(
        server_options, [&context, db] { return context.open_store(db, StoreAccess::Existing); });
    if (!server) {
        print_problems(err, server.error(), "No se inició el servidor.");
        return EXIT_BAD_INPUT;
    }
    context.streams.out << "Vincula escucha en http://" << listen->first << ':' << (*server)->port()
                        << "/ (base de datos: " << db << "). Ctrl+C para detener." << std::endl;
    int received = 0;
    sigwait(&stop_signals, &received);
    (*server)->stop();
    context.streams.out << "Servidor detenido." << std::endl;
    return EXIT_OK;
}

}  // namespace

void add_serve_command(CLI::App& app, Context& context) {
    auto* command =
        app.add_subcommand("serve", "Sirve la API REST sobre la base de datos indicada");
    auto options = std::make_shared<ServeOptions>();
    add_db_option(*command, options->db);
    command
        ->add_option("--listen", options->listen,
                     "Dirección y puerto donde escuchar (puerto 0: uno libre)")
        ->type_name("DIRECCIÓN:PUERTO")
        ->capture_default_str();
    command->add_option("--threads", options->threads, "Hilos que atienden conexiones")
        ->capture_default_str();
    command
        ->add_option("--workers", options->workers,
                     "Hilos para escrituras, páginas, informes y la revisión")
        ->capture_default_str();
    command
        ->add_option("--connections-per-address", options->connections_per_address,
                     "Conexiones abiertas a la vez desde una misma dirección de red (detrás de "
                     "un proxy, todas llegan de la suya)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    command->add_flag("--secure-cookies", options->secure_cookies,
                      "Marca la cookie de sesión como Secure (detrás de un proxy con TLS)");
    command
        ->add_option("--smtp", options->mail.url,
                     "Servidor de correo para los envíos a las redes (contraseña en "
                     "VINCULA_SMTP_PASSWORD)")
        ->type_name("smtp://SERVIDOR:PUERTO");
    command->add_option("--smtp-user", options->mail.user, "Usuario del servidor de correo");
    command
        ->add_option("--smtp-from", options->mail.from,
                     "Remitente de los envíos, «Nombre <direccion@dominio>»")
        ->type_name("REMITENTE");
    command
        ->add_option("--public-url", options->mail.public_url,
                     "Dirección pública de Vincula, base de los enlaces para darse de baja")
        ->type_name("URL");
    command
        ->add_option("--contest-requests-per-hour", options->contest_requests_per_hour,
                     "Registros a un concurso que una misma dirección de red puede enviar por hora")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    command
        ->add_option("--contest-unreviewed-mib", options->contest_unreviewed_mib,
                     "MiB de archivos de obras sin revisar que el servidor acepta en total")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 30))
        ->capture_default_str();
    command->callback([&context, options] { context.exit_code = run_serve(context, *options); });
}

}  // namespace vincula::cli
