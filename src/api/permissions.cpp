#include "api/permissions.h"

#include <array>
#include <string_view>

namespace vincula::api {
namespace {

using domain::Role;

// What transparency law publishes: the commission, its sessions and
// agreements, the convenios in force and who they are signed with.
constexpr std::array<std::string_view, 6> PUBLIC_ARRAYS = {
    "commissions", "sessions", "agreements", "convenios", "organizations", "areas"};

constexpr std::array<std::string_view, 4> PERSONAL_ARRAYS = {"contacts", "registrations", "scores",
                                                             "jurors"};

// What a juror works with: the contest, its rubric, the scores they give.
constexpr std::array<std::string_view, 3> JUROR_ARRAYS = {"contests", "rubric", "scores"};

bool listed(const auto& names, std::string_view array) {
    for (auto name : names) {
        if (name == array) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool holds_personal_data(std::string_view array) {
    return listed(PERSONAL_ARRAYS, array);
}

bool may(const Caller& caller, Operation operation, std::string_view array) {
    if (caller.is_public()) {
        return operation == Operation::Read && listed(PUBLIC_ARRAYS, array);
    }
    switch (caller.user->role) {
        case Role::Administrator:
        case Role::Capturist:
            return true;
        case Role::Area:
            if (operation == Operation::Write) {
                return array == "convenio_progress" || array == "agreement_follow_ups";
            }
            return !holds_personal_data(array);
        case Role::Council:
            // Councillors observe the draft minutas of their sessions.
            if (operation == Operation::Write) {
                return array == "minutes_observations";
            }
            return !holds_personal_data(array);
        case Role::Juror:
            return listed(JUROR_ARRAYS, array) &&
                   (operation == Operation::Read || array == "scores");
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> forced_filter(const Caller& caller,
                                                                 std::string_view array) {
    if (caller.is_public() && array == "convenios") {
        return std::pair<std::string, std::string>{"status", "vigente"};
    }
    if (caller.has_role(Role::Juror) && array == "scores") {
        return std::pair<std::string, std::string>{"juror", caller.user->juror.value_or("")};
    }
    return std::nullopt;
}

bool is_administrator(const Caller& caller) {
    return caller.has_role(Role::Administrator);
}

bool may_read_audit(const Caller& caller) {
    return caller.has_role(Role::Administrator) || caller.has_role(Role::Council);
}

bool may_read_reports(const Caller& caller) {
    return caller.user && caller.user->role != Role::Juror;
}

bool may_approve_reports(const Caller& caller) {
    return caller.has_role(Role::Council) || caller.has_role(Role::Administrator);
}

}  // namespace vincula::api
