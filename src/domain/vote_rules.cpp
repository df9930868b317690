// Rules on a recorded vote: the names in it are voting seats of the
// agreement's commission on the session's date, each seat votes once, and a
// unanimous vote lists nobody (everyone present voted in favour). A
// separate opinion comes from a seat of that commission on that date.
#include <set>
#include <unordered_map>

#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/validate.h"
#include "domain/voting.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

// The session and commission an agreement was adopted in, when recorded.
struct Adopted {
    const Session* session = nullptr;
    const Commission* commission = nullptr;
};

class Lookup {
public:
    explicit Lookup(const Dataset& data)
        : m_agreements(records_by_key(data.agreements)),
          m_sessions(records_by_key(data.sessions)),
          m_commissions(records_by_key(data.commissions)),
          m_memberships(records_by_key(data.memberships)) {}

    Adopted adopted(const std::string& code) const {
        auto agreement = m_agreements.find(code);
        if (agreement == m_agreements.end() || !agreement->second->session) {
            return {};
        }
        auto session = m_sessions.find(*agreement->second->session);
        if (session == m_sessions.end()) {
            return {};
        }
        auto commission = m_commissions.find(session->second->commission);
        return {session->second, commission == m_commissions.end() ? nullptr : commission->second};
    }

    const Membership* membership(const std::string& key) const {
        auto found = m_memberships.find(key);
        return found == m_memberships.end() ? nullptr : found->second;
    }

private:
    std::unordered_map<std::string, const Agreement*> m_agreements;
    std::unordered_map<std::string, const Session*> m_sessions;
    std::unordered_map<std::string, const Commission*> m_commissions;
    std::unordered_map<std::string, const Membership*> m_memberships;
};

// Whether `seat` sat in the commission on the session's date.
bool seated(const Membership& seat, const Adopted& adopted) {
    return seat.commission == adopted.session->commission && seat.valid_on(adopted.session->date);
}

void check_vote(const Lookup& lookup, const Vote& vote, const std::string& path,
                FieldErrors& errors) {
    if (vote.unanimous &&
        !(vote.in_favour.empty() && vote.against.empty() && vote.abstaining.empty())) {
        errors.push_back(field_error(join_path(path, "unanimous"), "unanimidad_sin_nombres"));
    }
    auto adopted = lookup.adopted(vote.agreement);
    if (adopted.session == nullptr || adopted.commission == nullptr) {
        return;  // an agreement cited without its session: no seats to check
    }
    std::set<std::string> voted;
    auto check = [&](const std::vector<std::string>& keys, const char* field) {
        for (std::size_t k = 0; k < keys.size(); ++k) {
            auto item = common::index_path(join_path(path, field), k);
            if (!voted.insert(keys[k]).second) {
                errors.push_back(field_error(item, "voto_unico", {keys[k]}));
                continue;
            }
            const auto* seat = lookup.membership(keys[k]);
            if (seat == nullptr) {
                continue;  // reported as a dangling reference
            }
            if (!seated(*seat, adopted)) {
                errors.push_back(field_error(
                    item, "asistente_esperado",
                    {keys[k], adopted.session->commission, adopted.session->date.to_iso()}));
                continue;
            }
            const auto* covered =
                seat->substitute_for ? lookup.membership(*seat->substitute_for) : seat;
            if (covered != nullptr && !has_vote(*adopted.commission, covered->role)) {
                errors.push_back(field_error(item, "integracion_con_voto", {keys[k]}));
            }
        }
    };
    check(vote.in_favour, "in_favour");
    check(vote.against, "against");
    check(vote.abstaining, "abstaining");
}

}  // namespace

void check_vote_rules(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    bool any_new = false;
    for (std::size_t i = 0; i < data.votes.size() && !any_new; ++i) {
        any_new = fresh.is_new("votes", i);
    }
    for (std::size_t i = 0; i < data.vote_opinions.size() && !any_new; ++i) {
        any_new = fresh.is_new("vote_opinions", i);
    }
    if (!any_new) {
        return;
    }
    Lookup lookup(data);
    for (std::size_t i = 0; i < data.votes.size(); ++i) {
        if (fresh.is_new("votes", i)) {
            check_vote(lookup, data.votes[i], fresh.path("votes", i), errors);
        }
    }
    for (std::size_t i = 0; i < data.vote_opinions.size(); ++i) {
        if (!fresh.is_new("vote_opinions", i)) {
            continue;
        }
        const auto& opinion = data.vote_opinions[i];
        auto adopted = lookup.adopted(opinion.agreement);
        const auto* seat = lookup.membership(opinion.membership);
        if (adopted.session != nullptr && seat != nullptr && !seated(*seat, adopted)) {
            errors.push_back(field_error(
                join_path(fresh.path("vote_opinions", i), "membership"), "asistente_esperado",
                {opinion.membership, adopted.session->commission, adopted.session->date.to_iso()}));
        }
    }
}

}  // namespace vincula::domain
