#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "domain/period.h"

namespace vincula::domain {

// A file made from an approved report (PDF, DOCX, …), kept byte for byte.
struct ReportFile {
    std::string format;  // json, md, html, pdf, docx, xlsx
    std::string media_type;
    std::string sha256;  // hexadecimal, of `content`
    std::string content;
};

// A kept file as a list names it: its format and its SHA-256.
struct ReportFileDigest {
    std::string format;
    std::string sha256;

    bool operator==(const ReportFileDigest&) const = default;
};

// One approval of a commission's report for a period. Each approval freezes
// the report as it stood: the public reads exactly what was approved, not
// what the data say later. Versions are numbered 1, 2, … per period; a
// withdrawal takes the period's publication back (every version), with its
// reason, and a later approval publishes a new version again.
struct ReportVersion {
    std::string commission;  // key
    Period period;
    int number = 0;
    std::string approved_by;  // the approving user's e-mail
    std::string approved_at;  // UTC, ISO 8601
    // Why it was approved although the review found errors; empty otherwise.
    std::string reason;
    // SHA-256 of the report's JSON model when approved. Empty for approvals
    // made before versions were frozen: those are served from the data.
    std::string model_sha256;
    std::vector<ReportFileDigest> files;  // the files kept, in the order made
    std::string withdrawn_by;             // empty while in force
    std::string withdrawn_at;
    std::string withdrawal_reason;

    bool withdrawn() const { return !withdrawn_at.empty(); }
    bool frozen() const { return !model_sha256.empty(); }
};

// What an approval stores: the report's model hash and every file made from
// that model.
struct ReportApproval {
    std::string commission;
    Period period;
    std::string actor;
    std::string reason;
    std::string model_sha256;
    std::vector<ReportFile> files;
};

class Publications {
public:
    virtual ~Publications() = default;

    // Stores the period's next version and its files in one transaction
    // (audited as «aprobar_informe»), and answers it.
    virtual common::Result<ReportVersion> approve_report(const ReportApproval& approval) = 0;
    // Takes the period's publication back (audited as «retirar_informe»);
    // an error when nothing of the period is in force.
    virtual common::Outcome withdraw_report(const std::string& commission, const Period& period,
                                            const std::string& actor,
                                            const std::string& reason) = 0;
    // Every version, newest period first and, within a period, newest
    // version first; empty `commission`: every commission.
    virtual std::vector<ReportVersion> publications(const std::string& commission) = 0;
    // The versions of one period, newest first.
    virtual std::vector<ReportVersion> report_versions(const std::string& commission,
                                                       const Period& period) = 0;
    virtual std::optional<ReportFile> report_file(const std::string& commission,
                                                  const Period& period, int number,
                                                  const std::string& format) = 0;
};

// The version the public reads: the newest, unless the period's publication
// was withdrawn. `versions` newest first, as `report_versions` answers.
std::optional<ReportVersion> version_in_force(const std::vector<ReportVersion>& versions);

}  // namespace vincula::domain
