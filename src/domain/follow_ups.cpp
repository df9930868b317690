#include "domain/follow_ups.h"

#include <algorithm>

#include "domain/key_index.h"

namespace vincula::domain {

FollowUpState follow_up_state(const AgreementFollowUp& follow_up, const common::Date& day) {
    if (follow_up.status == FollowUpStatus::Fulfilled &&
        (!follow_up.fulfilled_on || !(day < *follow_up.fulfilled_on))) {
        return FollowUpState::Fulfilled;
    }
    if (follow_up.deadline && *follow_up.deadline < day) {
        return FollowUpState::Overdue;
    }
    return FollowUpState::InProgress;
}

std::string_view follow_up_state_words(FollowUpState state) {
    switch (state) {
        case FollowUpState::Fulfilled:
            return "cumplido";
        case FollowUpState::Overdue:
            return "vencido";
        case FollowUpState::InProgress:
            return "en proceso";
    }
    return "en proceso";
}

std::optional<common::Date> adopted_on(const Dataset& data, const Agreement& agreement) {
    if (agreement.date) {
        return agreement.date;
    }
    for (const auto& session : data.sessions) {
        if (agreement.session == session.key) {
            return session.date;
        }
    }
    return std::nullopt;
}

std::vector<const AgreementFollowUp*> follow_ups_to_report(const Dataset& data,
                                                           const std::string& commission,
                                                           const common::Date& since,
                                                           const common::Date& day) {
    auto sessions = records_by_key(data.sessions);
    auto agreements = records_by_key(data.agreements);
    std::vector<std::pair<common::Date, const AgreementFollowUp*>> reported;
    for (const auto& follow_up : data.agreement_follow_ups) {
        auto agreement = agreements.find(follow_up.agreement);
        if (agreement == agreements.end() || !agreement->second->session) {
            continue;
        }
        auto session = sessions.find(*agreement->second->session);
        if (session == sessions.end() || session->second->commission != commission ||
            !(session->second->date < day)) {
            continue;
        }
        auto state = follow_up_state(follow_up, day);
        bool fulfilled_since = state == FollowUpState::Fulfilled && follow_up.fulfilled_on &&
                               !(*follow_up.fulfilled_on < since);
        if (state != FollowUpState::Fulfilled || fulfilled_since) {
            reported.emplace_back(session->second->date, &follow_up);
        }
    }
    // In the order adopted: by session, then by code within it.
    std::sort(reported.begin(), reported.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return a.second->agreement < b.second->agreement;
    });
    std::vector<const AgreementFollowUp*> ordered;
    for (const auto& [date, follow_up] : reported) {
        ordered.push_back(follow_up);
    }
    return ordered;
}

}  // namespace vincula::domain
