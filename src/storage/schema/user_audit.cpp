#include "storage/schema/user_audit.h"

#include <nlohmann/json.hpp>

namespace vincula::storage::schema {

std::string user_audit_text(const domain::User& user) {
    nlohmann::ordered_json summary{
        {"email", user.email}, {"name", user.name}, {"role", domain::to_wire(user.role)}};
    if (user.area) {
        summary["area"] = *user.area;
    }
    if (user.juror) {
        summary["juror"] = *user.juror;
    }
    return summary.dump();
}

domain::AuditEntry token_revocation_audit(std::int64_t id, const std::string& owner,
                                          const std::string& label, const std::string& actor) {
    return domain::AuditEntry{actor,
                              "revocar_token",
                              "api_tokens",
                              std::to_string(id),
                              nlohmann::ordered_json{{"email", owner}, {"label", label}}.dump(),
                              ""};
}

}  // namespace vincula::storage::schema
