#pragma once

#include <optional>
#include <vector>

#include "domain/commissions.h"
#include "domain/sessions.h"

// Who votes in a commission, how many make its quorum, what a recorded vote
// decides under its majority rule, and the notice a convocatoria must give.
// The institute's rules are the defaults; each commission may state its own.
namespace vincula::domain {

// Whether a seat of this role has voz y voto in the commission.
bool has_vote(const Commission& commission, MemberRole role);

// The voting members of a session: the seats with a vote on its date, and
// those of them present (a substitute present counts for the seat it
// covers).
struct Roll {
    int voting_seats = 0;
    std::vector<const Membership*> voting_present;
    bool recorded = false;  // an attendance list exists

    int present() const { return static_cast<int>(voting_present.size()); }
};

Roll roll_of(const Commission& commission, const Session& session,
             const std::vector<const Membership*>& memberships, const Attendance* attendance);

// Voting members that must be present: the commission's quorum, or more
// than half of its voting seats.
int quorum_needed(const Commission& commission, int voting_seats);
bool has_quorum(const Commission& commission, const Roll& roll);

struct Tally {
    int in_favour = 0;
    int against = 0;
    int abstaining = 0;

    bool operator==(const Tally&) const = default;
};

// The counts of a vote: from the names (a unanimous vote counts every voting
// member present in favour), or else from the agreement's stated counts;
// none when nothing about the vote is recorded.
std::optional<Tally> tally_of(const Agreement& agreement, const Vote* vote, const Roll& roll);

// What a tally decides: approved when in favour are more than against
// (simple) or more than half of the voting members present (absoluta).
AgreementResult result_of(const Commission& commission, const Tally& tally, int voting_present);

// Hours of notice the convocatoria of a session must give; none for the
// kinds of session that need none (urgent ones, installation).
std::optional<int> notice_hours_required(const Commission& commission, SessionType type);

// Minutes between the convocatoria and the session: a missing time counts
// as the session's own time (so only whole days are compared); none when
// the convocatoria's date is not recorded.
std::optional<long> notice_minutes_given(const Session& session);

}  // namespace vincula::domain
