// A session approves agreements only with quorum, and a recorded vote must
// produce the result recorded for its agreement under the commission's
// majority rule: votes by name agree with the stated counts, and only those
// present vote. An agreement whose vote is not recorded is not judged.
#include <unordered_map>
#include <vector>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "domain/voting.h"

namespace vincula::checks {
namespace {

using domain::AgreementResult;

std::string result_word(AgreementResult result) {
    return result == AgreementResult::Approved ? "aprobado" : "no aprobado";
}

std::string majority_phrase(const domain::Commission& commission) {
    return commission.majority.value_or(domain::ApprovalMajority::Simple) ==
                   domain::ApprovalMajority::Absolute
               ? "mayoría absoluta de las personas con voto presentes"
               : "mayoría simple (más votos a favor que en contra)";
}

std::string tally_phrase(const domain::Tally& tally) {
    return std::to_string(tally.in_favour) + " a favor, " + std::to_string(tally.against) +
           " en contra y " + std::to_string(tally.abstaining) + " " +
           (tally.abstaining == 1 ? "abstención" : "abstenciones");
}

class SessionVotes {
public:
    explicit SessionVotes(const Context& context) : m_context(context) {
        for (const auto& membership : context.data().memberships) {
            if (membership.commission == context.commission().key) {
                m_memberships.push_back(&membership);
            }
        }
        for (const auto& roll : context.data().attendance) {
            m_attendance.emplace(roll.session, &roll);
        }
        for (const auto& vote : context.data().votes) {
            m_votes.emplace(vote.agreement, &vote);
        }
    }

    domain::Roll roll(const domain::Session& session) const {
        auto found = m_attendance.find(session.key);
        return domain::roll_of(m_context.commission(), session, m_memberships,
                               found == m_attendance.end() ? nullptr : found->second);
    }

    const domain::Vote* vote(const std::string& code) const {
        auto found = m_votes.find(code);
        return found == m_votes.end() ? nullptr : found->second;
    }

    std::string seat_name(const std::string& key) const {
        for (const auto* membership : m_memberships) {
            if (membership->key == key && membership->person) {
                for (const auto& person : m_context.data().people) {
                    if (person.key == *membership->person) {
                        return person.name;
                    }
                }
            }
        }
        return key;
    }

private:
    const Context& m_context;
    std::vector<const domain::Membership*> m_memberships;
    std::unordered_map<std::string, const domain::Attendance*> m_attendance;
    std::unordered_map<std::string, const domain::Vote*> m_votes;
};

void check_quorum(const Context& context, const domain::Session& session, const domain::Roll& roll,
                  const std::vector<const domain::Agreement*>& agreements, Findings& findings) {
    int approved = 0;
    for (const auto* agreement : agreements) {
        approved += agreement->result == AgreementResult::Approved ? 1 : 0;
    }
    if (!roll.recorded || approved == 0 || domain::has_quorum(context.commission(), roll)) {
        return;
    }
    findings.push_back(make_finding(
        by_number("sin_quorum", approved), RecordRef{"attendance", session.key, "present"},
        {context.session_phrase(session), std::to_string(roll.present()),
         std::to_string(roll.voting_seats),
         std::to_string(domain::quorum_needed(context.commission(), roll.voting_seats)),
         std::to_string(approved)}));
}

void check_vote_lists(const Context& context, const SessionVotes& votes,
                      const domain::Session& session, const domain::Roll& roll,
                      const domain::Agreement& agreement, const domain::Vote& vote,
                      Findings& findings) {
    if (roll.recorded) {
        auto present = [&](const std::string& key) {
            for (const auto* seat : roll.voting_present) {
                if (seat->key == key) {
                    return true;
                }
            }
            return false;
        };
        for (const auto* list : {&vote.in_favour, &vote.against, &vote.abstaining}) {
            for (const auto& key : *list) {
                if (!present(key)) {
                    findings.push_back(make_finding(
                        "voto_de_ausente", RecordRef{"votes", agreement.code, ""},
                        {agreement.code, votes.seat_name(key), context.session_name(session)}));
                }
            }
        }
    }
    bool named = !(vote.in_favour.empty() && vote.against.empty() && vote.abstaining.empty());
    bool counted = agreement.votes_for || agreement.votes_against || agreement.abstentions;
    if (!named || !counted) {
        return;
    }
    domain::Tally stated{agreement.votes_for.value_or(0), agreement.votes_against.value_or(0),
                         agreement.abstentions.value_or(0)};
    auto by_name = *domain::tally_of(agreement, &vote, roll);
    if (!(stated == by_name)) {
        findings.push_back(
            make_finding("votos_no_cuadran", RecordRef{"agreements", agreement.code, "votes_for"},
                         {agreement.code, tally_phrase(by_name), tally_phrase(stated)}));
    }
}

}  // namespace

void check_quorum_and_votes(const Context& context, Findings& findings) {
    SessionVotes votes(context);
    std::unordered_map<std::string, std::vector<const domain::Agreement*>> by_session;
    for (const auto& agreement : context.data().agreements) {
        if (agreement.session) {
            by_session[*agreement.session].push_back(&agreement);
        }
    }
    for (const auto* session : context.sessions()) {
        if (session->status != domain::SessionStatus::Held || !context.in_period(session->date)) {
            continue;
        }
        const auto& agreements = by_session[session->key];
        auto roll = votes.roll(*session);
        check_quorum(context, *session, roll, agreements, findings);
        for (const auto* agreement : agreements) {
            const auto* vote = votes.vote(agreement->code);
            if (vote != nullptr) {
                check_vote_lists(context, votes, *session, roll, *agreement, *vote, findings);
            }
            if (vote != nullptr && vote->unanimous && !roll.recorded) {
                continue;  // unanimous among whom: the roll is not recorded
            }
            auto tally = domain::tally_of(*agreement, vote, roll);
            if (!tally) {
                continue;
            }
            auto decided = domain::result_of(context.commission(), *tally, roll.present());
            if (decided != agreement->result) {
                findings.push_back(make_finding(
                    "votacion_contradice_resultado",
                    RecordRef{"agreements", agreement->code, "result"},
                    {agreement->code, result_word(agreement->result), tally_phrase(*tally),
                     result_word(decided), majority_phrase(context.commission())}));
            }
        }
    }
}

}  // namespace vincula::checks
