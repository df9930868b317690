#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <pqxx/pqxx>

#include "storage/cache/read_cache.h"

namespace vincula::storage::postgres {

// Hears every change any Vincula server commits to one PostgreSQL database:
// a connection of its own LISTENs on the channel the tables' triggers notify
// (migration 0018_change_notices.sql), and each generation() takes what has
// arrived without waiting (one non-blocking read of the socket).
//
// A change committed by this process is a new generation at once
// (changed_here, called after the commit). One committed by another server
// is heard when its notice arrives: PostgreSQL sends it as the commit ends,
// so on one machine it arrives within a millisecond or so (bench/http/postgres
// measures it); until then that server's reads may answer what was before.
// While the connection is down nothing may be cached (generation() is
// nullopt), and it is tried again at most once a second; once back, the
// generation moves on, as notices may have been missed.
//
// Each notice names the table its transaction wrote: the listener counts
// them by table (change_counts), so the cache forgets only what another
// server's change made stale. After a commit of this process, whose tables
// it has not heard of yet, and after it listens again, the counts are
// unknown once (everything is forgotten).
class ChangeListener final : public cache::ChangeSignal {
public:
    explicit ChangeListener(std::string url);
    ~ChangeListener() override;
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    std::optional<std::uint64_t> generation() override;
    void changed_here() override;
    std::optional<std::map<std::string, std::int64_t>> change_counts() override;

    static constexpr const char* CHANNEL = "vincula_changes";
    static constexpr std::chrono::seconds RETRY{1};

private:
    class Receiver;

    bool listen();  // under m_mutex
    void stop_listening();

    std::string m_url;
    std::mutex m_mutex;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<Receiver> m_receiver;
    std::uint64_t m_generation = 0;
    std::map<std::string, std::int64_t> m_counts;  // notices heard, by table
    bool m_counts_unknown = true;                  // until change_counts() next looks
    std::optional<std::chrono::steady_clock::time_point> m_last_attempt;
};

}  // namespace vincula::storage::postgres
