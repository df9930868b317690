#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <string>

#include <restinio/all.hpp>

namespace vincula::http {

// How many connections one network address, and all together, may hold
// open at once; one more is closed as it is accepted. RESTinio
// reads a request's whole body before any handler sees it, so each open
// connection may make the server hold up to the largest body accepted
// (MAX_MESSAGE): bounding the connections per address bounds what one
// client can make the server buffer. Both RESTinio's ip_blocker (asked at
// each accept) and its connection_state_listener (told of each close).
class ConnectionGuard {
public:
    ConnectionGuard(std::size_t per_address, std::size_t in_all)
        : m_per_address(per_address), m_in_all(in_all) {}

    restinio::ip_blocker::inspection_result_t inspect(
        const restinio::ip_blocker::incoming_info_t& incoming) noexcept;
    void state_changed(const restinio::connection_state::notice_t& notice) noexcept;

private:
    std::size_t m_per_address;
    std::size_t m_in_all;
    std::size_t m_total = 0;
    std::mutex m_mutex;
    std::map<std::string, std::size_t, std::less<>> m_open;
};

}  // namespace vincula::http
