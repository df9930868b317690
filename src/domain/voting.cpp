#include "domain/voting.h"

#include <algorithm>

namespace vincula::domain {
namespace {

constexpr int ORDINARY_NOTICE_HOURS = 72;
constexpr int EXTRAORDINARY_NOTICE_HOURS = 24;

long minutes_of(const common::TimeOfDay& time) {
    return static_cast<long>(time.hour()) * 60 + time.minute();
}

}  // namespace

bool has_vote(const Commission& commission, MemberRole role) {
    if (commission.voting_roles.empty()) {
        return role == MemberRole::Presidency || role == MemberRole::Member;
    }
    return std::ranges::find(commission.voting_roles, role) != commission.voting_roles.end();
}

Roll roll_of(const Commission& commission, const Session& session,
             const std::vector<const Membership*>& memberships, const Attendance* attendance) {
    Roll roll;
    roll.recorded = attendance != nullptr;
    auto seat_of = [&](const std::string& key) -> const Membership* {
        for (const auto* membership : memberships) {
            if (membership->key == key) {
                return membership;
            }
        }
        return nullptr;
    };
    for (const auto* membership : memberships) {
        if (membership->commission == commission.key && !membership->substitute_for &&
            membership->valid_on(session.date) && has_vote(commission, membership->role)) {
            ++roll.voting_seats;
        }
    }
    if (attendance == nullptr) {
        return roll;
    }
    for (const auto& key : attendance->present) {
        const auto* seat = seat_of(key);
        if (seat == nullptr) {
            continue;
        }
        // A substitute votes as the seat it covers.
        const auto* covered = seat->substitute_for ? seat_of(*seat->substitute_for) : seat;
        if (covered != nullptr && has_vote(commission, covered->role)) {
            roll.voting_present.push_back(seat);
        }
    }
    return roll;
}

int quorum_needed(const Commission& commission, int voting_seats) {
    return commission.quorum.value_or(voting_seats / 2 + 1);
}

bool has_quorum(const Commission& commission, const Roll& roll) {
    return roll.present() >= quorum_needed(commission, roll.voting_seats);
}

std::optional<Tally> tally_of(const Agreement& agreement, const Vote* vote, const Roll& roll) {
    if (vote != nullptr && vote->unanimous) {
        return Tally{roll.present(), 0, 0};
    }
    if (vote != nullptr &&
        !(vote->in_favour.empty() && vote->against.empty() && vote->abstaining.empty())) {
        return Tally{static_cast<int>(vote->in_favour.size()),
                     static_cast<int>(vote->against.size()),
                     static_cast<int>(vote->abstaining.size())};
    }
    if (agreement.votes_for || agreement.votes_against || agreement.abstentions) {
        return Tally{agreement.votes_for.value_or(0), agreement.votes_against.value_or(0),
                     agreement.abstentions.value_or(0)};
    }
    return std::nullopt;
}

AgreementResult result_of(const Commission& commission, const Tally& tally, int voting_present) {
    bool approved =
        commission.majority.value_or(ApprovalMajority::Simple) == ApprovalMajority::Absolute
            ? tally.in_favour * 2 > voting_present
            : tally.in_favour > tally.against;
    return approved ? AgreementResult::Approved : AgreementResult::Rejected;
}

std::optional<int> notice_hours_required(const Commission& commission, SessionType type) {
    switch (type) {
        case SessionType::Ordinary:
            return commission.notice_hours_ordinary.value_or(ORDINARY_NOTICE_HOURS);
        case SessionType::Extraordinary:
            return commission.notice_hours_extraordinary.value_or(EXTRAORDINARY_NOTICE_HOURS);
        case SessionType::Urgent:
        case SessionType::Installation:
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<long> notice_minutes_given(const Session& session) {
    if (!session.convened_on) {
        return std::nullopt;
    }
    auto days = (session.date.days() - session.convened_on->days()).count();
    auto session_time = session.time.value_or(common::TimeOfDay{});
    auto sent_time = session.convened_at.value_or(session_time);
    return static_cast<long>(days) * 24 * 60 + minutes_of(session_time) - minutes_of(sent_time);
}

}  // namespace vincula::domain
