#include "checks/numbering_gaps.h"

#include <algorithm>

namespace vincula::checks {
namespace {

void sort_by_number(std::vector<Numbered>& records) {
    std::stable_sort(records.begin(), records.end(),
                     [](const Numbered& a, const Numbered& b) { return a.number < b.number; });
}

}  // namespace

std::vector<NumberingGap> numbering_gaps(std::vector<Numbered> records, int year) {
    sort_by_number(records);
    const auto year_start = common::Date::from_ymd(year, 1, 1);
    const auto year_end = common::Date::from_ymd(year, 12, 31);
    // Latest date known up to each record, earliest date known from it on:
    // undated records take their bounds from their dated neighbours.
    std::vector<common::Date> latest_so_far(records.size(), year_start);
    std::vector<common::Date> earliest_from(records.size(), year_end);
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto previous = i == 0 ? year_start : latest_so_far[i - 1];
        latest_so_far[i] = records[i].date ? std::max(previous, *records[i].date) : previous;
    }
    for (std::size_t i = records.size(); i-- > 0;) {
        auto next = i + 1 == records.size() ? year_end : earliest_from[i + 1];
        earliest_from[i] = records[i].date ? std::min(next, *records[i].date) : next;
    }
    std::vector<NumberingGap> gaps;
    int previous_number = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        int number = records[i].number;
        if (number > previous_number + 1) {
            NumberingGap gap;
            gap.first_missing = previous_number + 1;
            gap.last_missing = number - 1;
            if (i > 0) {
                gap.before = records[i - 1].index;
            }
            gap.after = records[i].index;
            gap.earliest = i == 0 ? year_start : latest_so_far[i - 1];
            gap.latest = earliest_from[i];
            if (gap.latest < gap.earliest) {
                // Out of sequence (the import refuses it, other sources may not):
                // the gap still lies somewhere between the two dates.
                std::swap(gap.earliest, gap.latest);
            }
            gaps.push_back(gap);
        }
        previous_number = std::max(previous_number, number);
    }
    return gaps;
}

GapPlace place_of(const NumberingGap& gap, const domain::Period& period) {
    if (period.contains(gap.earliest) && period.contains(gap.latest)) {
        return GapPlace::InsidePeriod;
    }
    if (period.overlaps(gap.earliest, gap.latest)) {
        return GapPlace::MayTouchPeriod;
    }
    return GapPlace::OutsidePeriod;
}

std::vector<std::vector<std::size_t>> repeated_numbers(std::vector<Numbered> records) {
    sort_by_number(records);
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < records.size();) {
        std::size_t end = i + 1;
        while (end < records.size() && records[end].number == records[i].number) {
            ++end;
        }
        if (end - i > 1) {
            std::vector<std::size_t> group;
            for (std::size_t k = i; k < end; ++k) {
                group.push_back(records[k].index);
            }
            groups.push_back(std::move(group));
        }
        i = end;
    }
    return groups;
}

}  // namespace vincula::checks
