#include "http/connection_guard.h"

namespace vincula::http {

restinio::ip_blocker::inspection_result_t ConnectionGuard::inspect(
    const restinio::ip_blocker::incoming_info_t& incoming) noexcept {
    try {
        auto address = incoming.remote_endpoint().address().to_string();
        std::lock_guard lock(m_mutex);
        if (m_total >= m_in_all) {
            return restinio::ip_blocker::deny();
        }
        auto& open = m_open[address];
        if (open >= m_per_address) {
            return restinio::ip_blocker::deny();
        }
        ++open;
        ++m_total;
        return restinio::ip_blocker::allow();
    } catch (...) {
        // Out of memory for one more address: refusing is the safe answer.
        return restinio::ip_blocker::deny();
    }
}

void ConnectionGuard::state_changed(const restinio::connection_state::notice_t& notice) noexcept {
    if (!restinio::holds_alternative<restinio::connection_state::closed_t>(notice.cause())) {
        return;
    }
    try {
        auto address = notice.remote_endpoint().address().to_string();
        std::lock_guard lock(m_mutex);
        auto found = m_open.find(address);
        if (found == m_open.end()) {
            return;
        }
        --m_total;
        if (--found->second == 0) {
            m_open.erase(found);
        }
    } catch (...) {
        // The address's text could not be made: its count stays one high.
    }
}

}  // namespace vincula::http
