// A commission has one presidency and one technical secretary at a time, and
// a person sits in it once. Two such seats whose dates overlap usually mean a
// change was recorded without closing the previous seat, or a one-session
// substitute was recorded without naming the seat it covers.
#include <algorithm>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"

namespace vincula::checks {
namespace {

std::optional<common::Date> earlier_end(const std::optional<common::Date>& a,
                                        const std::optional<common::Date>& b) {
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return std::min(*a, *b);
}

std::string seat_holder(const Context& context, const domain::Membership& seat) {
    if (seat.person) {
        return person_phrase(context.data(), *seat.person);
    }
    return membership_phrase(context.data(), seat);
}

// The rule two overlapping seats break, if any: the same single-holder post,
// or the same person twice.
std::optional<std::string_view> conflict(const domain::Membership& first,
                                         const domain::Membership& second) {
    if (first.role == second.role && first.role == domain::MemberRole::Presidency) {
        return "presidencias_simultaneas";
    }
    if (first.role == second.role && first.role == domain::MemberRole::TechnicalSecretary) {
        return "secretarias_simultaneas";
    }
    if (first.person && first.person == second.person) {
        return "persona_en_dos_lugares";
    }
    return std::nullopt;
}

std::string_view role_words(domain::MemberRole role) {
    switch (role) {
        case domain::MemberRole::Presidency:
            return "la presidencia";
        case domain::MemberRole::Member:
            return "una integración";
        case domain::MemberRole::TechnicalSecretary:
            return "la secretaría técnica";
        case domain::MemberRole::PartyRepresentation:
            return "una representación";
        case domain::MemberRole::PermanentGuest:
            return "una invitación permanente";
    }
    return "";
}

}  // namespace

void check_seat_overlap(const Context& context, Findings& findings) {
    std::vector<const domain::Membership*> seats;
    for (const auto& seat : context.data().memberships) {
        if (seat.commission == context.commission().key) {
            seats.push_back(&seat);
        }
    }
    for (std::size_t i = 0; i < seats.size(); ++i) {
        for (std::size_t j = i + 1; j < seats.size(); ++j) {
            const auto& first = *seats[i];
            const auto& second = *seats[j];
            // A one-session substitute covers the seat, it does not add one.
            if (first.substitute_for == second.key || second.substitute_for == first.key) {
                continue;
            }
            auto rule = conflict(first, second);
            if (!rule) {
                continue;
            }
            auto from = std::max(first.from, second.from);
            auto to = earlier_end(first.to, second.to);
            if ((to && *to < from) || !context.period().overlaps(from, to)) {
                continue;
            }
            RecordRef where{"memberships", second.key, "from"};
            if (*rule == "persona_en_dos_lugares") {
                findings.push_back(make_finding(
                    *rule, where,
                    {seat_holder(context, first), std::string(role_words(first.role)),
                     std::string(role_words(second.role)), date_range_phrase(from, to)}));
            } else {
                findings.push_back(
                    make_finding(*rule, where,
                                 {seat_holder(context, first), seat_holder(context, second),
                                  date_range_phrase(from, to)}));
            }
        }
    }
}

}  // namespace vincula::checks
