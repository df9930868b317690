#include "checks/finding.h"

#include <algorithm>

namespace vincula::checks {

std::string_view severity_word(Severity severity) {
    return severity == Severity::Error ? "error" : "aviso";
}

std::size_t count_of(const Findings& findings, Severity severity) {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [severity](const Finding& finding) { return finding.severity == severity; }));
}

}  // namespace vincula::checks
