#include "domain/publications.h"

namespace vincula::domain {

std::optional<ReportVersion> version_in_force(const std::vector<ReportVersion>& versions) {
    // A withdrawal takes back every version of the period at once, so the
    // newest one says whether anything is in force.
    if (versions.empty() || versions.front().withdrawn()) {
        return std::nullopt;
    }
    return versions.front();
}

}  // namespace vincula::domain
