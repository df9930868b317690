#include "http/server.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <future>

#include <sys/resource.h>
#include <unistd.h>

#include <restinio/all.hpp>

#include "api/accounts.h"
#include "common/messages.h"
#include "http/connection_guard.h"
#include "http/database_pool.h"
#include "http/event_log.h"
#include "http/multipart_form.h"
#include "web/static_files.h"

namespace vincula::http {
namespace {

// How much less the worker threads weigh than the I/O threads when both
// want the processor (Linux niceness; 15 weighs about 1/28 of 0). Measured
// on two cores (BENCHMARKS.md, bench/http/sizes): with 5, reads by key kept
// 37 % of their rate beside four writers; with 15, 59 %, and the writers
// still wrote 1 100 a second. Only a saturated machine feels it.
constexpr int WORKER_NICENESS = 15;

// Lowers the calling thread's priority (on Linux, niceness is per thread).
// Where it is not allowed, the thread keeps the process's: nothing else
// depends on it.
bool yield_to_io_threads() {
    return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), WORKER_NICENESS) == 0;
}

struct Traits : restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t> {
    using ip_blocker_t = ConnectionGuard;
    using connection_state_listener_t = ConnectionGuard;
    // RESTinio's own connection_count_limiter (0.6.16) is not used: a
    // connection still open when the server stops outlives the limiter and
    // touches it after it is freed (seen under AddressSanitizer). The
    // guard bounds the total as well.
};
using HttpServer = restinio::http_server_t<Traits>;

std::optional<Method> method_of(const restinio::http_method_id_t& method) {
    if (method == restinio::http_method_get()) {
        return Method::Get;
    }
    if (method == restinio::http_method_post()) {
        return Method::Post;
    }
    if (method == restinio::http_method_patch()) {
        return Method::Patch;
    }
    if (method == restinio::http_method_delete()) {
        return Method::Delete;
    }
    return std::nullopt;
}

const char* reason_phrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 303:
            return "See Other";
        case 304:
            return "Not Modified";
        case 307:
            return "Temporary Redirect";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 409:
            return "Conflict";
        case 412:
            return "Precondition Failed";
        case 415:
            return "Unsupported Media Type";
        case 428:
            return "Precondition Required";
        case 413:
            return "Payload Too Large";
        case 422:
            return "Unprocessable Entity";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            // The status code says it all; an unknown one gets no misleading phrase.
            return "";
    }
}

// The value of one cookie of the Cookie header, or empty.
std::string cookie_value(const restinio::request_handle_t& request, std::string_view name) {
    auto header = request->header().opt_value_of(restinio::http_field::cookie);
    if (!header) {
        return {};
    }
    std::string_view cookies(header->data(), header->size());
    while (!cookies.empty()) {
        auto end = cookies.find(';');
        auto pair = cookies.substr(0, end);
        while (pair.starts_with(' ')) {
            pair.remove_prefix(1);
        }
        if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
            return std::string(pair.substr(name.size() + 1));
        }
        if (end == std::string_view::npos) {
            break;
        }
        cookies.remove_prefix(end + 1);
    }
    return {};
}

// A header value never carries a line break or another control character:
// one in a record key (a Location) or a file name would end the header and
// let the rest of the value write headers of its own. Such bytes are sent
// percent-encoded instead.
std::string header_safe(std::string value) {
    static constexpr char HEX[] = "0123456789ABCDEF";
    auto unsafe = [](unsigned char character) { return character < 0x20 || character == 0x7f; };
    if (std::none_of(value.begin(), value.end(), unsafe)) {
        return value;
    }
    std::string safe;
    for (unsigned char character : value) {
        if (unsafe(character)) {
            safe += '%';
            safe += HEX[character >> 4];
            safe += HEX[character & 15];
        } else {
            safe += static_cast<char>(character);
        }
    }
    return safe;
}

void send(const restinio::request_handle_t& request, api::Response response) {
    auto reply = request->create_response(restinio::http_status_line_t{
        restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
        reason_phrase(response.status)});
    if (!response.content_type.empty()) {
        reply.append_header(restinio::http_field::content_type,
                            header_safe(std::move(response.content_type)));
    }
    // Answers are specific to their caller; nothing should be cached on
    // the way, and browsers must not guess types.
    bool chose_caching =
        std::any_of(response.headers.begin(), response.headers.end(),
                    [](const auto& header) { return header.first == "Cache-Control"; });
    if (!chose_caching) {
        reply.append_header(restinio::http_field::cache_control, "no-store");
    }
    reply.append_header("X-Content-Type-Options", "nosniff");
    for (auto& [name, value] : response.headers) {
        reply.append_header(header_safe(name), header_safe(std::move(value)));
    }
    reply.set_body(std::move(response.body));
    reply.done();
}

api::Response html_error(int status, std::string_view title, std::string_view message) {
    api::Response response;
    response.status = status;
    response.content_type = "text/html; charset=utf-8";
    response.body = "<!doctype html><html lang=\"es-MX\"><head><meta charset=\"utf-8\"><title>" +
                    std::string(title) +
                    " · Vincula</title><link rel=\"stylesheet\" href=\"/static/pico.min.css\">"
                    "</head><body><main class=\"container\"><h1>" +
                    std::string(title) + "</h1><p>" + std::string(message) +
                    "</p><p><a href=\"/\">Volver al inicio</a></p></main></body></html>";
    return response;
}

// A form posted from another site is refused: the session cookie is
// SameSite=Strict already, and this holds for browsers that ignore it.
bool same_origin(const restinio::request_handle_t& request) {
    auto origin = request->header().opt_value_of(restinio::http_field::origin);
    if (!origin) {
        return true;
    }
    auto host = request->header().get_field_or(restinio::http_field::host, "");
    std::string_view value(origin->data(), origin->size());
    return value == "http://" + host || value == "https://" + host;
}

// A browser sends the session cookie with any request to this site, even one
// that another site's page makes. Such a page can only send a «simple»
// request without asking first (CORS): a POST of text/plain or a form. A
// write that rides on the cookie must therefore say it is JSON, which no
// simple request can, and come from this site when it says where it comes
// from. Callers with a token are not browsers and are not affected.
std::optional<api::Response> forged_by_another_site(const Route& route,
                                                    const restinio::request_handle_t& request) {
    if (!same_origin(request)) {
        return api::error_response(403, "", "origen_ajeno");
    }
    if (route.method == Method::Delete) {
        return std::nullopt;  // no body, and never a simple request
    }
    auto type = request->header().get_field_or(restinio::http_field::content_type, "");
    auto media_type = type.substr(0, type.find(';'));
    while (!media_type.empty() && media_type.back() == ' ') {
        media_type.pop_back();
    }
    std::transform(media_type.begin(), media_type.end(), media_type.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (media_type != "application/json") {
        return api::error_response(415, "", "cuerpo_tipo_json");
    }
    return std::nullopt;
}

}  // namespace

struct Server::Running {
    ServerOptions options;
    DatabasePool databases;
    asio::thread_pool workers;
    std::atomic<std::uint16_t> port{0};
    std::shared_ptr<ConnectionGuard> connections;
    std::unique_ptr<HttpServer> server;
    std::unique_ptr<restinio::on_pool_runner_t<HttpServer>> runner;

    Running(ServerOptions chosen, DatabaseFactory factory)
        : options(std::move(chosen)),
          databases(std::move(factory)),
          workers(std::max<std::size_t>(options.workers, 1)),
          connections(std::make_shared<ConnectionGuard>(options.connections_per_address,
                                                        options.max_connections)) {}

    api::Response answer(const Route& route, const restinio::request_handle_t& request,
                         std::map<std::string, std::string, std::less<>> params) {
        try {
            auto query = restinio::try_parse_query<restinio::parse_query_traits::relaxed>(
                request->header().query());
            if (!query) {
                return api::error_response(400, "", "consulta_valida");
            }
            api::Query pairs;
            for (const auto& [name, value] : *query) {
                pairs.emplace_back(std::string(name), std::string(value));
            }
            auto lease = databases.lease();
            if (!lease) {
                log_event(Severity::Error,
                          {{"evento", "base_no_disponible"},
                           {"detalle", common::to_display(lease.error().front())}});
                return api::error_response(503, "", "base_no_disponible");
            }
            auto& database = ***lease;
            auto cookie = cookie_value(request, api::SESSION_COOKIE);
            auto authorization =
                request->header().get_field_or(restinio::http_field::authorization, "");
            if (!cookie.empty() && authorization.empty() && route.method != Method::Get) {
                if (auto refused = forged_by_another_site(route, request)) {
                    return *refused;
                }
            }
            // With credentials to check, the check and the handler's reads
            // share one read transaction (see Store::read_snapshot).
            std::unique_ptr<domain::ReadSnapshot> snapshot;
            if (!cookie.empty() || !authorization.empty()) {
                snapshot = database.read_snapshot();
            }
            Exchange exchange{api::authenticate(database, cookie, authorization,
                                                request->remote_endpoint().address().to_string()),
                              std::move(params),
                              std::move(pairs),
                              request->body(),
                              database,
                              options.config,
                              cookie,
                              request->header().get_field_or(restinio::http_field::if_match, "")};
            return route.handle(exchange);
        } catch (const domain::StoreBusy& error) {
            log_event(Severity::Info, {{"evento", "base_ocupada"},
                                       {"ruta", std::string(request->header().path())},
                                       {"detalle", error.what()}});
            auto busy = api::error_response(503, "", "base_ocupada");
            busy.headers.emplace_back("Retry-After", "1");
            return busy;
        } catch (const std::exception& error) {
            // The log says what happened; the caller gets no internals.
            log_event(Severity::Error, {{"evento", "error_interno"},
                                        {"metodo", method_name(route.method)},
                                        {"ruta", std::string(request->header().path())},
                                        {"detalle", error.what()}});
            return api::error_response(500, "", "error_interno");
        }
    }

    // Runs `work` on the worker pool. Its threads yield the processor to
    // the I/O threads when both want it (a lower scheduling priority, set
    // the first time each runs something): a burst of writes or pages slows
    // itself, not the reads by key that share the machine.
    template <class Job>
    void on_workers(Job&& work) {
        asio::post(workers, [work = std::forward<Job>(work)]() mutable {
            static thread_local const bool yielding = yield_to_io_threads();
            (void)yielding;
            work();
        });
    }

    // Work that outlives its request (a mailing being sent) on the worker
    // pool, with a connection of its own; a failure is logged, never lost
    // silently: what it had done is in the database.
    void run_in_background(std::function<void(domain::Database&)> work) {
        on_workers([this, work = std::move(work)] {
            try {
                auto lease = databases.lease();
                if (!lease) {
                    log_event(Severity::Error,
                              {{"evento", "base_no_disponible"},
                               {"detalle", common::to_display(lease.error().front())}});
                    return;
                }
                work(***lease);
            } catch (const std::exception& error) {
                log_event(Severity::Error,
                          {{"evento", "error_interno"}, {"detalle", error.what()}});
            }
        });
    }

    api::Response answer_page(const web::Page& page, const restinio::request_handle_t& request,
                              std::map<std::string, std::string, std::less<>> params) {
        try {
            auto query = form_pairs(request->header().query());
            auto form =
                page.method == "POST" && !page.raw_body ? decode_form(*request) : DecodedForm{};
            if (!query || !form) {
                return html_error(400, "Petición ilegible",
                                  "El navegador envió datos que Vincula no puede leer.");
            }
            auto lease = databases.lease();
            if (!lease) {
                log_event(Severity::Error,
                          {{"evento", "base_no_disponible"},
                           {"detalle", common::to_display(lease.error().front())}});
                return html_error(503, "Servicio no disponible",
                                  "La base de datos no responde. Intente de nuevo en un momento.");
            }
            auto& database = ***lease;
            // A page's reads (the session, then what it shows: often a
            // hundred records by key) share one read transaction and one
            // look at what changed, as the API's do (Store::read_snapshot).
            auto snapshot = database.read_snapshot();
            auto cookie = cookie_value(request, api::SESSION_COOKIE);
            web::Request page_request{
                api::authenticate(database, cookie, "",
                                  request->remote_endpoint().address().to_string()),
                std::move(params),
                std::move(*query),
                std::move(form->fields),
                database,
                cookie,
                options.config.secure_cookies,
                std::string(request->header().request_target()),
                std::move(form->uploads),
                &options.config.mail,
                [this](auto work) { run_in_background(std::move(work)); },
                options.config.contest,
                page.raw_body ? std::string_view(request->body()) : std::string_view(),
                std::string(request->header().get_field_or(restinio::http_field::range, ""))};
            return page.handle(page_request);
        } catch (const domain::StoreBusy& error) {
            log_event(Severity::Info, {{"evento", "base_ocupada"},
                                       {"ruta", std::string(request->header().path())},
                                       {"detalle", error.what()}});
            auto busy = html_error(503, "Base de datos ocupada",
                                   "Otra tarea ocupa la base de datos en este momento y no se "
                                   "guardó nada. Vuelva a intentarlo en unos segundos.");
            busy.headers.emplace_back("Retry-After", "1");
            return busy;
        } catch (const std::exception& error) {
            log_event(Severity::Error, {{"evento", "error_interno"},
                                        {"metodo", std::string(page.method)},
                                        {"ruta", std::string(request->header().path())},
                                        {"detalle", error.what()}});
            return html_error(500, "Error interno",
                              "Algo falló en el servidor y no se guardó nada. El error quedó "
                              "registrado; si se repite, avise a la persona administradora.");
        }
    }

    // Everything outside /api/: the web interface's pages and its files.
    restinio::request_handling_status_t handle_page(const restinio::request_handle_t& request,
                                                    std::optional<Method> method,
                                                    std::string_view path) {
        if (path.starts_with("/static/") && method == Method::Get) {
            auto file = web::static_file(path.substr(8));
            send(request, file ? std::move(*file)
                               : html_error(404, "No encontrado", "No existe ese archivo."));
            return restinio::request_accepted();
        }
        auto match = match_page(method.value_or(Method::Get), path);
        if (!method || !match.page) {
            bool known_path = match.path_exists || (!method && match.page != nullptr);
            send(request,
                 known_path ? html_error(405, "Método no permitido",
                                         "Esta dirección no admite esa operación.")
                            : html_error(404, "No encontrado", "No existe la página solicitada."));
            return restinio::request_accepted();
        }
        if (request->body().size() > match.page->max_body) {
            send(request,
                 html_error(413, "Envío demasiado grande",
                            "El formulario excede el tamaño permitido (" +
                                std::to_string(match.page->max_body / (1024 * 1024)) + " MiB)."));
            return restinio::request_accepted();
        }
        if (*method == Method::Post && !same_origin(request)) {
            send(request,
                 html_error(403, "Envío rechazado", "El formulario no se envió desde Vincula."));
            return restinio::request_accepted();
        }
        const web::Page& page = *match.page;
        on_workers([this, &page, request, params = std::move(match.params)] {
            send(request, answer_page(page, request, params));
        });
        return restinio::request_accepted();
    }

    restinio::request_handling_status_t handle(const restinio::request_handle_t& request) {
        auto method = method_of(request->header().method());
        auto path = request->header().path();
        if (!std::string_view(path.data(), path.size()).starts_with("/api/")) {
            return handle_page(request, method, std::string_view(path.data(), path.size()));
        }
        auto match = method ? match_route(*method, std::string_view(path.data(), path.size()))
                            : match_route(Method::Get, std::string_view(path.data(), path.size()));
        if (!method || !match.route) {
            bool known_path = match.path_exists || (!method && match.route != nullptr);
            send(request, known_path ? api::error_response(405, "", "metodo_permitido")
                                     : api::error_response(404, "", "ruta_inexistente"));
            return restinio::request_accepted();
        }
        const Route& route = *match.route;
        if (request->body().size() > route.max_body) {
            send(request, api::error_response(413, "", "cuerpo_demasiado_grande",
                                              {std::to_string(route.max_body / 1024) + " KiB"}));
            return restinio::request_accepted();
        }
        if (route.work == Work::Long || route.method != Method::Get) {
            on_workers([this, &route, request, params = std::move(match.params)] {
                auto started = std::chrono::steady_clock::now();
                auto response = answer(route, request, params);
                if (route.work == Work::Long) {  // a report, an import: worth a line
                    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started);
                    log_event(Severity::Info, {{"evento", "trabajo_largo"},
                                               {"metodo", method_name(route.method)},
                                               {"ruta", std::string(request->header().path())},
                                               {"estado", response.status},
                                               {"milisegundos", elapsed.count()}});
                }
                send(request, std::move(response));
            });
        } else {
            send(request, answer(route, request, std::move(match.params)));
        }
        return restinio::request_accepted();
    }
};

Server::Server(std::unique_ptr<Running> running) : m_running(std::move(running)) {}

Server::~Server() {
    stop();
}

std::uint16_t Server::port() const {
    return m_running->port.load();
}

void Server::stop() {
    if (m_running && m_running->runner) {
        m_running->runner->stop();
        m_running->runner->wait();
        m_running->runner.reset();
        m_running->workers.join();
    }
}

common::Result<std::unique_ptr<Server>> Server::start(const ServerOptions& options,
                                                      DatabaseFactory open_database) {
    auto running = std::make_unique<Running>(options, std::move(open_database));
    // Opened once before listening: a bad --db is reported at start, not on
    // the first request.
    if (auto first = running->databases.lease(); !first) {
        return std::move(first).error();
    }
    auto* state = running.get();
    restinio::server_settings_t<Traits> settings;
    settings.port(options.port)
        .address(options.address)
        .request_handler(
            [state](const restinio::request_handle_t& request) { return state->handle(request); })
        .acceptor_post_bind_hook([state](asio::ip::tcp::acceptor& acceptor) {
            state->port = acceptor.local_endpoint().port();
            // Without --public-url, links in messages point here: right when
            // the server is reached directly (a test, a demo). Set before
            // the first connection is accepted.
            auto& mail = state->options.config.mail;
            if (mail.public_url.empty()) {
                mail.public_url =
                    "http://" + state->options.address + ":" + std::to_string(state->port.load());
            }
        })
        .ip_blocker(running->connections)
        .connection_state_listener(running->connections)
        // A body announced larger than any route takes is refused as its
        // headers arrive, before it is read: the connection is closed.
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}.max_body_size(MAX_MESSAGE))
        .read_next_http_message_timelimit(std::chrono::seconds(30))
        .handle_request_timeout(std::chrono::seconds(120));
    running->server = std::make_unique<HttpServer>(restinio::own_io_context(), std::move(settings));
    running->runner = std::make_unique<restinio::on_pool_runner_t<HttpServer>>(
        std::max<std::size_t>(options.io_threads, 1), *running->server);
    std::promise<std::exception_ptr> opened;
    running->runner->start(
        [&opened]() noexcept { opened.set_value(nullptr); },
        [&opened](std::exception_ptr error) noexcept { opened.set_value(std::move(error)); });
    if (auto error = opened.get_future().get()) {
        std::string reason;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& exception) {
            reason = exception.what();
        }
        running->runner->wait();
        running->runner.reset();
        return common::field_error("--listen", "escucha_posible",
                                   {options.address + ":" + std::to_string(options.port), reason});
    }
    return std::unique_ptr<Server>(new Server(std::move(running)));
}

}  // namespace vincula::http
