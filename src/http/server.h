#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "common/result.h"
#include "domain/database.h"
#include "http/routes.h"

namespace vincula::http {

// Opens one connection to the database. The server opens one per thread
// that serves requests: SQLite and PostgreSQL connections are not shared
// between threads.
using DatabaseFactory = std::function<common::Result<std::unique_ptr<domain::Database>>()>;

struct ServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: any free port (tests), see Server::port()
    std::size_t io_threads = 2;
    // Writes, pages, reports, imports and the review run here, never on
    // the I/O threads: one thread per core, and at least four, since they
    // wait on the disk and the database's write lock as often as they compute.
    std::size_t workers = std::max<std::size_t>(4, std::thread::hardware_concurrency());
    // Open connections at once: from one network address, and in all. Each
    // may make the server hold a body of up to MAX_MESSAGE while it
    // arrives. A browser keeps up to six idle connections per page context
    // and a school or office shares one address behind its router: room
    // for many of them. Behind a reverse proxy every client has the
    // proxy's address.
    std::size_t connections_per_address = 128;
    std::size_t max_connections = 1024;
    ServerConfig config;
};

// The HTTP server: RESTinio on a thread pool, dispatching the route table.
class Server {
public:
    // Listens and serves until stop() or destruction. Fails with a Spanish
    // message if the address cannot be bound or the database not opened.
    static common::Result<std::unique_ptr<Server>> start(const ServerOptions& options,
                                                         DatabaseFactory open_database);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    std::uint16_t port() const;
    void stop();

    struct Running;

private:
    explicit Server(std::unique_ptr<Running> running);
    std::unique_ptr<Running> m_running;
};

}  // namespace vincula::http
