#include "domain/contests.h"

namespace vincula::domain {

const ContestCategory* category_of(const Contest& contest, const Registration& entry) {
    int age = common::age_on(entry.birth_date, contest.registration_close);
    for (const auto& category : contest.categories) {
        if (category.min_age <= age && age <= category.max_age) {
            return &category;
        }
    }
    return nullptr;
}

}  // namespace vincula::domain
