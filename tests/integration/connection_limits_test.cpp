// What one client can make the server hold: connections from one address
// are bounded (another address is not affected, and a closed connection
// frees its place), and a body announced larger than any route takes is
// refused as its headers arrive, without waiting for it.
#include <chrono>
#include <string>
#include <thread>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "support/api_server.h"

namespace vincula::testing {
namespace {

// A raw TCP connection to the server's port, from `from` (a loopback address).
class RawConnection {
public:
    RawConnection(const std::string& url, const std::string& from = "127.0.0.1") {
        auto port = std::stoi(url.substr(url.rfind(':') + 1));
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
        ::bind(m_socket, reinterpret_cast<sockaddr*>(&local), sizeof local);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(static_cast<std::uint16_t>(port));
        ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
        m_connected = ::connect(m_socket, reinterpret_cast<sockaddr*>(&server), sizeof server) == 0;
    }
    ~RawConnection() { ::close(m_socket); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool connected() const { return m_connected; }
    void send_text(const std::string& text) {
        (void)::send(m_socket, text.data(), text.size(), MSG_NOSIGNAL);
    }
    // True when the server closes the connection (or resets it) within
    // `wait`; whatever it answered first is read and dropped.
    bool closed_by_server_within(std::chrono::milliseconds wait) {
        auto deadline = std::chrono::steady_clock::now() + wait;
        char buffer[4096];
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd ready{m_socket, POLLIN, 0};
            if (::poll(&ready, 1, 50) > 0) {
                auto got = ::recv(m_socket, buffer, sizeof buffer, 0);
                if (got <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

private:
    int m_socket = -1;
    bool m_connected = false;
};

class ConnectionLimits : public ::testing::Test {
protected:
    void SetUp() override {
        m_server = ApiServer::start(Seed::Empty, {"--connections-per-address", "4"});
    }
    std::unique_ptr<ApiServer> m_server;
};

TEST_F(ConnectionLimits, OneAddressHoldsItsShareOfConnectionsAndNoMore) {
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<RawConnection>(m_server->url()));
        ASSERT_TRUE(held.back()->connected());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // A fifth from the same address is closed at once, unanswered.
    RawConnection fifth(m_server->url());
    fifth.send_text("GET /api/v1/health HTTP/1.1\r\nHost: prueba\r\n\r\n");
    EXPECT_TRUE(fifth.closed_by_server_within(std::chrono::seconds(5)));

    // Another address is served meanwhile.
    auto neighbour = m_server->client(Role::Public);
    neighbour.from_address("127.0.0.2");
    EXPECT_EQ(neighbour.get("/concurso").status, 404);  // served: no contest in an empty base

    // A closed connection frees its place.
    held.pop_back();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto again = m_server->client(Role::Public);
    EXPECT_EQ(again.get("/concurso").status, 404);
}

TEST_F(ConnectionLimits, ABodyAnnouncedBeyondTheLargestIsRefusedBeforeItArrives) {
    RawConnection sender(m_server->url());
    ASSERT_TRUE(sender.connected());
    // 30 MiB announced (more than any request may carry: a work's file
    // comes in parts, a large bundle compressed), none sent: the server
    // must not wait for them.
    sender.send_text(
        "POST /concurso/x/registro HTTP/1.1\r\nHost: prueba\r\nContent-Type: "
        "application/x-www-form-urlencoded\r\nContent-Length: 31457280\r\n\r\nname=a");
    EXPECT_TRUE(sender.closed_by_server_within(std::chrono::seconds(5)));
    // The server is still there for others.
    EXPECT_EQ(m_server->client(Role::Public).get("/concurso").status, 404);
}

}  // namespace
}  // namespace vincula::testing
