#include "domain/minutes.h"

#include <vector>

namespace vincula::domain {
namespace {

bool approves_minutes(const Agreement& agreement) {
    return agreement.kind == AgreementKind::Minutes &&
           agreement.result == AgreementResult::Approved;
}

// The commission's next ordinary session held after `session`.
const Session* next_ordinary(const Dataset& data, const Session& session) {
    const Session* next = nullptr;
    for (const auto& candidate : data.sessions) {
        if (candidate.commission != session.commission || candidate.type != SessionType::Ordinary ||
            candidate.status != SessionStatus::Held || !(session.date < candidate.date)) {
            continue;
        }
        if (next == nullptr || candidate.date < next->date) {
            next = &candidate;
        }
    }
    return next;
}

}  // namespace

const Agreement* minutes_approval(const Dataset& data, const Session& session) {
    for (const auto& agreement : data.agreements) {
        if (agreement.minutes_of == session.key && approves_minutes(agreement)) {
            return &agreement;
        }
    }
    if (session.type != SessionType::Ordinary || session.status != SessionStatus::Held) {
        return nullptr;
    }
    const auto* next = next_ordinary(data, session);
    if (next == nullptr) {
        return nullptr;
    }
    std::vector<const Agreement*> unlinked;
    for (const auto& agreement : data.agreements) {
        if (agreement.session == next->key && approves_minutes(agreement) &&
            !agreement.minutes_of) {
            unlinked.push_back(&agreement);
        }
    }
    // Two minutas approved in one session without saying which is which:
    // the records do not tell, so none is claimed.
    return unlinked.size() == 1 ? unlinked.front() : nullptr;
}

}  // namespace vincula::domain
