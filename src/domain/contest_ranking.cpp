#include "domain/contest_ranking.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace vincula::domain {
namespace {

struct CriterionScores {
    double sum = 0;
    std::size_t count = 0;
    double mean() const { return count == 0 ? 0 : sum / static_cast<double>(count); }
};

// criterion → its scores, for one registration.
using EntryScores = std::map<std::string, CriterionScores, std::less<>>;

std::map<std::string, EntryScores, std::less<>> scores_by_entry(const Dataset& data) {
    std::map<std::string, EntryScores, std::less<>> found;
    for (const auto& score : data.scores) {
        auto& criterion = found[score.registration][score.criterion];
        criterion.sum += score.score;
        ++criterion.count;
    }
    return found;
}

std::vector<const RubricCriterion*> rubric_of(const Dataset& data, const Contest& contest) {
    std::vector<const RubricCriterion*> rubric;
    for (const auto& criterion : data.rubric) {
        if (criterion.contest == contest.key) {
            rubric.push_back(&criterion);
        }
    }
    return rubric;
}

// Jurors who scored every criterion of the rubric for `registration`.
std::size_t complete_jurors(const Dataset& data, const std::string& registration,
                            std::size_t criteria) {
    std::map<std::string, std::size_t, std::less<>> per_juror;
    for (const auto& score : data.scores) {
        if (score.registration == registration) {
            ++per_juror[score.juror];
        }
    }
    return static_cast<std::size_t>(std::count_if(
        per_juror.begin(), per_juror.end(),
        [criteria](const auto& entry) { return criteria > 0 && entry.second >= criteria; }));
}

RankedEntry standing(const Dataset& data, const Registration& entry,
                     const std::vector<const RubricCriterion*>& rubric, const EntryScores& scores) {
    RankedEntry ranked;
    ranked.entry = &entry;
    double weights = 0;
    const RubricCriterion* heaviest = nullptr;
    for (const auto* criterion : rubric) {
        auto found = scores.find(criterion->criterion);
        double mean = found == scores.end() ? 0 : found->second.mean();
        ranked.total += criterion->weight * mean;
        weights += criterion->weight;
        if (heaviest == nullptr || criterion->weight > heaviest->weight) {
            heaviest = criterion;
            ranked.heaviest_criterion = mean;
        }
    }
    if (weights > 0) {
        ranked.total /= weights;
    }
    // Equal marks must tie whatever the order of the sums: 0.6×8 + 0.4×6
    // and 0.6×6 + 0.4×9 differ in the last bits of a double.
    ranked.total = std::round(ranked.total * 1e6) / 1e6;
    ranked.heaviest_criterion = std::round(ranked.heaviest_criterion * 1e6) / 1e6;
    ranked.jurors_scored = complete_jurors(data, entry.key, rubric.size());
    return ranked;
}

}  // namespace

std::vector<CategoryRanking> rank_entries(const Dataset& data, const Contest& contest) {
    auto rubric = rubric_of(data, contest);
    auto scores = scores_by_entry(data);
    static const EntryScores none;
    std::vector<CategoryRanking> rankings;
    for (const auto& category : contest.categories) {
        CategoryRanking ranking;
        ranking.category = &category;
        // Registrations are in the order they were made: the last tie-breaker.
        for (const auto& entry : data.registrations) {
            if (entry.contest != contest.key || entry.status != RegistrationStatus::Validated ||
                category_of(contest, entry) != &category) {
                continue;
            }
            auto found = scores.find(entry.key);
            ranking.entries.push_back(
                standing(data, entry, rubric, found == scores.end() ? none : found->second));
        }
        std::stable_sort(ranking.entries.begin(), ranking.entries.end(),
                         [](const RankedEntry& a, const RankedEntry& b) {
                             if (a.total != b.total) {
                                 return a.total > b.total;
                             }
                             return a.heaviest_criterion > b.heaviest_criterion;
                         });
        for (std::size_t i = 0; i < ranking.entries.size(); ++i) {
            ranking.entries[i].position = i + 1;
        }
        rankings.push_back(std::move(ranking));
    }
    return rankings;
}

bool may_see_score(const Dataset& data, const Score& score, const Juror& juror) {
    if (score.juror == juror.key) {
        return true;
    }
    for (const auto& contest : data.contests) {
        if (contest.key == juror.contest) {
            return contest.results_published;
        }
    }
    return false;
}

}  // namespace vincula::domain
