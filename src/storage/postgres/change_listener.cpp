#include "storage/postgres/change_listener.h"

namespace vincula::storage::postgres {

// libpqxx delivers a notice to a receiver of its channel, inside
// get_notifs(): it counts the table the notice names.
class ChangeListener::Receiver final : public pqxx::notification_receiver {
public:
    Receiver(pqxx::connection& connection, std::map<std::string, std::int64_t>& counts)
        : pqxx::notification_receiver(connection, CHANNEL), m_counts(counts) {}
    void operator()(const std::string& table, int) override { ++m_counts[table]; }

private:
    std::map<std::string, std::int64_t>& m_counts;
};

ChangeListener::ChangeListener(std::string url) : m_url(std::move(url)) {}

ChangeListener::~ChangeListener() {
    stop_listening();
}

std::optional<std::uint64_t> ChangeListener::generation() {
    std::lock_guard lock(m_mutex);
    if (!m_connection) {
        auto now = std::chrono::steady_clock::now();
        if (m_last_attempt && now - *m_last_attempt < RETRY) {
            return std::nullopt;
        }
        m_last_attempt = now;
        if (!listen()) {
            return std::nullopt;
        }
        return ++m_generation;  // whatever changed while nobody listened
    }
    try {
        int heard = m_connection->get_notifs();
        // get_notifs() answers 0 on a closed connection: that is deafness,
        // not quiet.
        if (!m_connection->is_open()) {
            throw pqxx::broken_connection("la conexión que escucha los cambios se cerró");
        }
        if (heard > 0) {
            ++m_generation;
        }
    } catch (const std::exception&) {
        stop_listening();
        return std::nullopt;
    }
    return m_generation;
}

void ChangeListener::changed_here() {
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_counts_unknown = true;  // which tables, its notices will tell later
}

std::optional<std::map<std::string, std::int64_t>> ChangeListener::change_counts() {
    std::lock_guard lock(m_mutex);
    if (m_counts_unknown) {
        m_counts_unknown = false;
        return std::nullopt;
    }
    return m_counts;
}

bool ChangeListener::listen() {
    try {
        m_connection = std::make_unique<pqxx::connection>(m_url);
        // The receiver's constructor sends LISTEN; from then on every
        // commit's notice is queued for this connection.
        m_receiver = std::make_unique<Receiver>(*m_connection, m_counts);
        m_counts_unknown = true;  // notices may have been missed
        return true;
    } catch (const std::exception&) {
        stop_listening();
        return false;
    }
}

void ChangeListener::stop_listening() {
    // The receiver unregisters from its connection: it goes first.
    try {
        m_receiver.reset();
    } catch (...) {
        // Unlistening on a broken connection can fail; the connection goes anyway.
    }
    m_connection.reset();
}

}  // namespace vincula::storage::postgres
