#include "storage/schema/publication_rows.h"

#include <nlohmann/json.hpp>

namespace vincula::storage::schema {
namespace {

// «CVOE/2021-10-01/2021-12-31»: the period's publication, as the history
// names it.
std::string publication_key(const std::string& commission, const domain::Period& period) {
    return commission + "/" + period.from().to_iso() + "/" + period.to().to_iso();
}

}  // namespace

std::vector<domain::ReportFileDigest> file_digests(const std::string& listed) {
    std::vector<domain::ReportFileDigest> files;
    std::size_t start = 0;
    while (start < listed.size()) {
        auto comma = listed.find(',', start);
        auto end = comma == std::string::npos ? listed.size() : comma;
        auto entry = listed.substr(start, end - start);
        auto colon = entry.find(':');
        files.push_back(
            {entry.substr(0, colon), colon == std::string::npos ? "" : entry.substr(colon + 1)});
        start = end + 1;
    }
    return files;
}

domain::AuditEntry approval_audit(int number, const domain::ReportApproval& approval) {
    nlohmann::ordered_json summary{{"version", number}, {"model_sha256", approval.model_sha256}};
    if (!approval.reason.empty()) {
        summary["reason"] = approval.reason;
    }
    return domain::AuditEntry{approval.actor,
                              "aprobar_informe",
                              "report_publications",
                              publication_key(approval.commission, approval.period),
                              "",
                              summary.dump()};
}

domain::AuditEntry withdrawal_audit(const std::string& commission, const domain::Period& period,
                                    const std::string& actor, const std::string& reason) {
    return domain::AuditEntry{actor,
                              "retirar_informe",
                              "report_publications",
                              publication_key(commission, period),
                              "",
                              nlohmann::ordered_json{{"withdrawal_reason", reason}}.dump()};
}

}  // namespace vincula::storage::schema
