// A commission has one presidency at a time. Two presidency seats whose
// dates overlap usually mean a change of president was recorded without
// closing the previous seat.
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

}  // namespace

void check_presidency_overlap(const Context& context, Findings& findings) {
    std::vector<const domain::Membership*> presidencies;
    for (const auto& seat : context.data().memberships) {
        if (seat.commission == context.commission().key &&
            seat.role == domain::MemberRole::Presidency) {
            presidencies.push_back(&seat);
        }
    }
    for (std::size_t i = 0; i < presidencies.size(); ++i) {
        for (std::size_t j = i + 1; j < presidencies.size(); ++j) {
            const auto& first = *presidencies[i];
            const auto& second = *presidencies[j];
            // A one-session substitute covers the seat, it does not add one.
            if (first.substitute_for == second.key || second.substitute_for == first.key) {
                continue;
            }
            auto from = std::max(first.from, second.from);
            auto to = earlier_end(first.to, second.to);
            if ((to && *to < from) || !context.period().overlaps(from, to)) {
                continue;
            }
            findings.push_back(make_finding(
                "presidencias_simultaneas", RecordRef{"memberships", second.key, "from"},
                {seat_holder(context, first), seat_holder(context, second),
                 date_range_phrase(from, to)}));
        }
    }
}

}  // namespace vincula::checks
