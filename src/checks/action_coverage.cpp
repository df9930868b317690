// Part II of the report has one subsection per programmed action of the
// work programme. An action with nothing in the period (no activity,
// document, followed session, report, note, text…) and no stated reason for
// having nothing would leave its subsection empty: an error.
#include <algorithm>
#include <unordered_map>

#include "checks/action_references.h"
#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/phrases.h"

namespace vincula::checks {
namespace {

using Span = std::pair<common::Date, common::Date>;

// The part of the period that falls in the programme's year.
Span period_in_year(const domain::Period& period, int year) {
    auto from = std::max(period.from(), common::Date::from_ymd(year, 1, 1));
    auto to = std::min(period.to(), common::Date::from_ymd(year, 12, 31));
    return {from, to};
}

bool overlaps(const Span& a, const Span& b) {
    return a.first <= b.second && b.first <= a.second;
}

// Whether the union of `spans` covers every day of `wanted`.
bool covers(std::vector<Span> spans, const Span& wanted) {
    std::sort(spans.begin(), spans.end());
    auto next_uncovered = wanted.first;
    for (const auto& [from, to] : spans) {
        if (next_uncovered < from) {
            break;
        }
        if (next_uncovered <= to) {
            if (!(to < wanted.second)) {
                return true;
            }
            next_uncovered = to.plus_days(1);
        }
    }
    return false;
}

}  // namespace

void check_action_coverage(const Context& context, Findings& findings) {
    std::unordered_map<std::string, std::vector<Span>> activity;
    for (auto& reference : action_references(context)) {
        auto& spans = activity[reference.action];
        spans.insert(spans.end(), reference.spans.begin(), reference.spans.end());
    }
    std::unordered_map<std::string, std::vector<Span>> reasons;
    for (const auto& stated : context.data().no_activity) {
        reasons[stated.action].emplace_back(stated.from, stated.to);
    }
    for (const auto& action : context.actions()) {
        auto wanted = period_in_year(context.period(), action.programme->year);
        const auto& done = activity[action.key];
        bool has_activity = std::any_of(done.begin(), done.end(),
                                        [&](const Span& span) { return overlaps(span, wanted); });
        const auto& stated = reasons[action.key];
        if (has_activity || covers(stated, wanted)) {
            continue;
        }
        std::vector<std::string> partial;
        for (const auto& span : stated) {
            if (overlaps(span, wanted)) {
                partial.push_back(date_range_phrase(span.first, span.second));
            }
        }
        std::string partly;
        if (!partial.empty()) {
            partly = " completo (la declaración registrada cubre solo " + partial.front() + ")";
        }
        auto label = std::to_string(action.line->number) + " " + action.action->letter + ")";
        auto finding = make_finding(
            "accion_sin_actividad",
            RecordRef{"work_programmes", action.programme->key, action.field},
            {label, std::to_string(action.programme->year), excerpt(action.action->text), partly});
        // Fixed by recording what was done, or by stating why nothing was:
        // the statement's form starts with the action and the period.
        finding.fix = NewRecord{"no_activity",
                                {{"action", action.key},
                                 {"from", wanted.first.to_iso()},
                                 {"to", wanted.second.to_iso()}}};
        findings.push_back(std::move(finding));
    }
}

}  // namespace vincula::checks
