#pragma once

#include <string>
#include <vector>

#include "domain/dataset.h"

namespace vincula::domain {

// One validated work's standing in its category.
struct RankedEntry {
    const Registration* entry = nullptr;
    // Σ weight × (mean of the jurors' scores in that criterion) / Σ weight.
    double total = 0;
    // The mean in the rubric's heaviest criterion: the first tie-breaker.
    double heaviest_criterion = 0;
    std::size_t jurors_scored = 0;  // jurors who scored every criterion
    std::size_t position = 0;       // 1-based
};

struct CategoryRanking {
    const ContestCategory* category = nullptr;
    std::vector<RankedEntry> entries;  // best first
};

// The tie rule, as the pages state it.
inline constexpr const char* TIE_RULE =
    "En caso de empate, queda antes la obra con mayor promedio en el criterio de mayor peso; si "
    "persiste, la que se registró primero.";

// The validated works of `contest`, per category in the contest's order,
// ranked by their weighted score; ties broken by TIE_RULE.
std::vector<CategoryRanking> rank_entries(const Dataset& data, const Contest& contest);

// The scores `juror` may see: their own always; everyone's once the
// contest's results are published.
bool may_see_score(const Dataset& data, const Score& score, const Juror& juror);

}  // namespace vincula::domain
