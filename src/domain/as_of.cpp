#include "domain/as_of.h"

#include <algorithm>
#include <vector>

namespace vincula::domain {
namespace {

// The changes on or before `date`, oldest first (a history may be written
// in any order).
template <class Change>
std::vector<const Change*> changes_until(const std::vector<Change>& history,
                                         const common::Date& date) {
    std::vector<const Change*> changes;
    for (const auto& change : history) {
        if (change.from <= date) {
            changes.push_back(&change);
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto* a, const auto* b) { return a->from < b->from; });
    return changes;
}

}  // namespace

Area area_as_of(const Area& area, const common::Date& date) {
    Area then = area;
    for (const auto* change : changes_until(area.history, date)) {
        if (change->name) {
            then.name = *change->name;
        }
        if (change->acronym) {
            then.acronym = *change->acronym;
        }
        if (change->head) {
            then.head = *change->head;
        }
    }
    return then;
}

Commission commission_as_of(const Commission& commission, const common::Date& date) {
    Commission then = commission;
    for (const auto* change : changes_until(commission.history, date)) {
        if (change->name) {
            then.name = *change->name;
        }
        if (change->acronym) {
            then.acronym = *change->acronym;
        }
        if (change->kind) {
            then.kind = *change->kind;
        }
        if (change->agreement_code_format) {
            then.agreement_code_format = *change->agreement_code_format;
        }
        if (change->agreement) {
            then.integrated_by = *change->agreement;
            then.integrated_on = change->from;
            then.integration_session.reset();
        }
    }
    return then;
}

}  // namespace vincula::domain
