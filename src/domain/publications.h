#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "domain/period.h"

namespace vincula::domain {

// A report the commission's councillors approved for publication: from then
// on the public may read it (transparency), generated from the data as it
// stands.
struct ReportPublication {
    std::string commission;  // key
    Period period;
    std::string approved_by;  // the approving user's e-mail
    std::string approved_at;  // UTC, ISO 8601
};

class Publications {
public:
    virtual ~Publications() = default;

    // Records the approval (audited as «aprobar_informe»); approving the
    // same commission and period again changes nothing and is not an error.
    virtual common::Outcome publish_report(const std::string& commission, const Period& period,
                                           const std::string& actor) = 0;
    // Newest first; empty `commission`: every commission.
    virtual std::vector<ReportPublication> publications(const std::string& commission) = 0;
    virtual bool is_published(const std::string& commission, const Period& period) = 0;
};

}  // namespace vincula::domain
