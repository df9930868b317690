#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "domain/describe.h"
#include "domain/enums.h"
#include "domain/sessions.h"

namespace vincula::domain {

// A change of a commission from a date on: it may become provisional or
// permanent, be renamed, be re-integrated by a new agreement, or write its
// agreements' codes in another form.
struct CommissionChange {
    common::Date from;
    std::optional<CommissionKind> kind;
    std::optional<std::string> name;
    std::optional<std::string> acronym;
    std::optional<std::string> agreement;
    std::optional<std::string> agreement_code_format;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("from", self.from);
        v.field("kind", self.kind);
        v.field("name", self.name);
        v.field("acronym", self.acronym);
        v.field("agreement", self.agreement);
        v.field("agreement_code_format", self.agreement_code_format);
    }

    bool operator==(const CommissionChange&) const = default;
};

struct Commission {
    std::string key;
    std::string name;
    std::string acronym;
    CommissionKind kind = CommissionKind::Permanent;
    std::optional<std::string> legal_basis;
    OrdinalStyleChoice ordinal_style = OrdinalStyleChoice::Compound;
    // The Consejo General's agreement that integrated it, and when.
    std::optional<std::string> integrated_by;
    std::optional<common::Date> integrated_on;
    std::vector<CommissionChange> history;
    // The Consejo General's session that integrated it («sesión extraordinaria»).
    std::optional<SessionReference> integration_session;
    // What a cancelled session does to the numbering; released when unsaid.
    std::optional<CancelledSessionNumber> cancelled_sessions;
    // How its agreements' codes are written (AgreementCodeFormat); the
    // IECM's «{siglas}/{numero:3}/{año:2}» when unsaid.
    std::optional<std::string> agreement_code_format;
    // The seats with voz y voto; presidencia and integrante when empty (the
    // others have voz only).
    std::vector<MemberRole> voting_roles;
    // Voting members present for quorum; more than half of the voting
    // seats when unsaid.
    std::optional<int> quorum;
    std::optional<ApprovalMajority> majority;
    // Hours of notice a convocatoria must give; 72 for ordinary sessions and
    // 24 for extraordinary ones when unsaid (urgent ones need none).
    std::optional<int> notice_hours_ordinary;
    std::optional<int> notice_hours_extraordinary;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("name", self.name);
        v.field("acronym", self.acronym);
        v.field("kind", self.kind);
        v.field("legal_basis", self.legal_basis, prose());
        v.field("ordinal_style", self.ordinal_style, defaulted());
        v.field("integrated_by", self.integrated_by);
        v.field("integrated_on", self.integrated_on);
        v.field("integration_session", self.integration_session);
        v.field("history", self.history);
        v.field("cancelled_sessions", self.cancelled_sessions);
        v.field("agreement_code_format", self.agreement_code_format);
        v.field("voting_roles", self.voting_roles);
        v.field("quorum", self.quorum, bounded(1, 999));
        v.field("majority", self.majority);
        v.field("notice_hours_ordinary", self.notice_hours_ordinary, bounded(0, 2'000));
        v.field("notice_hours_extraordinary", self.notice_hours_extraordinary, bounded(0, 2'000));
    }

    // Whether `session` holds a number of its series under this commission's
    // rule: every session but one cancelled under the released rule.
    bool operator==(const Commission&) const = default;

    bool numbers(const Session& session) const {
        return session.status != SessionStatus::Cancelled ||
               cancelled_sessions.value_or(CancelledSessionNumber::Released) ==
                   CancelledSessionNumber::Kept;
    }
};

// A seat in a commission over a date range: a person (councillor, secretary,
// invited head of area) or an organization (a party's representation, with
// the person who represents it when known).
// The same person may hold several memberships over the years.
struct Membership {
    std::string key;
    std::string commission;
    std::optional<std::string> person;
    std::optional<std::string> organization;
    MemberRole role = MemberRole::Member;
    std::optional<std::string> label;  // as printed in the attendance table
    std::optional<std::string> area;   // the area an invited head represents
    common::Date from;
    std::optional<common::Date> to;
    std::optional<std::string> appointed_by;
    std::optional<common::Date> appointed_on;
    std::optional<std::string> ratified_by;
    std::optional<common::Date> ratified_on;
    // A one-session substitute names the seat it covers.
    std::optional<std::string> substitute_for;

    template <class Self, class V>
    static void describe(Self& self, V& v) {
        v.field("key", self.key, key_field());
        v.field("commission", self.commission, refers_to(Refers::Commissions));
        v.field("person", self.person, refers_to(Refers::People));
        v.field("organization", self.organization, refers_to(Refers::Organizations));
        v.field("role", self.role);
        v.field("label", self.label);
        v.field("area", self.area, refers_to(Refers::Areas));
        v.field("from", self.from);
        v.field("to", self.to);
        v.field("appointed_by", self.appointed_by);
        v.field("appointed_on", self.appointed_on);
        v.field("ratified_by", self.ratified_by);
        v.field("ratified_on", self.ratified_on);
        v.field("substitute_for", self.substitute_for, refers_to(Refers::Memberships));
    }

    bool valid_on(const common::Date& date) const { return from <= date && (!to || date <= *to); }
};

}  // namespace vincula::domain
