#include "domain/accounts.h"

#include <algorithm>

namespace vincula::domain {
namespace {

constexpr int FREE_PAIR_FAILURES = 5;
constexpr int FREE_ADDRESS_FAILURES = 20;
constexpr int LONGEST_WAIT_SECONDS = 15 * 60;

// Seconds still to wait after `failures`, the latest `since` seconds ago.
int wait_after(int failures, int free, int since) {
    if (failures < free) {
        return 0;
    }
    int delay = std::min(LONGEST_WAIT_SECONDS, 1 << std::min(failures - free, 10));
    return std::max(0, delay - since);
}

}  // namespace

int sign_in_wait(const AttemptGate& gate) {
    return std::max(
        wait_after(gate.pair_failures, FREE_PAIR_FAILURES, gate.seconds_since_pair_failure),
        wait_after(gate.address_failures, FREE_ADDRESS_FAILURES,
                   gate.seconds_since_address_failure));
}

}  // namespace vincula::domain
